// The caller of `-> impl Display` can only display the result, not add to it.
use std::fmt::Display;

fn score() -> impl Display {
    40
}

fn main() {
    let s = score();
    let bonus = s + 2;
    println!("{}", bonus);
}
