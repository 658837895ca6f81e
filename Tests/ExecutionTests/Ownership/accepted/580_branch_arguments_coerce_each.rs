// A parameter's type is what each branch of an `if` or `match` argument is coerced to.
fn count(items: &[i32]) -> usize {
    items.len()
}

fn width(text: &str) -> usize {
    text.len()
}

fn double(x: u64) -> u64 {
    x * 2
}

fn main() {
    let numbers = vec![1, 2, 3];
    let name = String::from("memory");
    let pick = numbers.len() as u64;
    println!("{}", count(if pick == 3 { &numbers } else { &numbers[..1] }));
    println!("{}", width(if pick == 3 { &name } else { "none" }));
    println!("{}", double(match pick { 1 => 10, 3 => 30, _ => 0 }));
    let back: i64 = -1;
    println!("{}", back);
}
