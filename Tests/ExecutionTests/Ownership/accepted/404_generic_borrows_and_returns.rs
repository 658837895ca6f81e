// Generic functions that only borrow leave the caller's values usable; a trait method that
// takes self by value consumes a copy of a Copy type only.
use std::fmt::Display;

trait Doubled {
    fn doubled(self) -> Self;
}

#[derive(Debug, Clone, Copy)]
struct Meters(f64);

impl Doubled for Meters {
    fn doubled(self) -> Meters {
        Meters(self.0 * 2.0)
    }
}

fn longest_label<T: Display>(a: &T, b: &T) -> String {
    let x = a.to_string();
    let y = b.to_string();
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    let first = String::from("short");
    let second = String::from("much longer");
    println!("{}", longest_label(&first, &second));
    println!("{} {}", first, second);
    let m = Meters(1.5);
    let d = m.doubled();
    println!("{:?} {:?}", m, d);
}
