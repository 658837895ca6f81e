// `-> impl Display` is one type: an `if` cannot give back an integer on one side and text on the other.
use std::fmt::Display;

fn describe(count: u32) -> impl Display {
    if count == 1 {
        1
    } else {
        "many"
    }
}

fn main() {
    println!("{}", describe(3));
}
