fn total(b: Box<i32>) -> i32 {
    *b + 1
}

fn main() {
    let b = Box::new(41);
    let x = total(b);
    let y = total(b);
    println!("{} {}", x, y);
}
