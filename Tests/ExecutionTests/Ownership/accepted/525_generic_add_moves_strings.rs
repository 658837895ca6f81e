// A generic sum over a non-`Copy` type: each `+` moves its operands, and the result is new.
use std::ops::Add;

#[derive(Debug)]
struct Meters(f64);

impl Add for Meters {
    type Output = Meters;
    fn add(self, other: Meters) -> Meters {
        Meters(self.0 + other.0)
    }
}

fn combine<T: Add<Output = T>>(a: T, b: T, c: T) -> T {
    let first = a + b;
    first + c
}

fn main() {
    let total = combine(Meters(1.5), Meters(2.0), Meters(0.25));
    println!("{:?}", total);
    let again = combine(total, Meters(1.0), Meters(1.0));
    println!("{:?}", again);
}
