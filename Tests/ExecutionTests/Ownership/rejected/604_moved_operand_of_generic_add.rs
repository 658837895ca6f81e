// `a + b` moves both operands when `T` is not `Copy`.
use std::ops::Add;

fn add_twice<T: Add<Output = T>>(a: T, b: T) -> T {
    let first = a + b;
    first + a
}

fn main() {
    println!("{}", add_twice(1, 2));
}
