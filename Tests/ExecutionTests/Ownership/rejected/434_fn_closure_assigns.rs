// A closure that adds to a total, passed where an Fn is wanted.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn main() {
    let mut total = 0;
    let result = apply(|x| { total += x; total }, 5);
    println!("{} {}", result, total);
}
