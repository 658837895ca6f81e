// A generic function that takes its argument by value moves a String into it.
use std::fmt::Display;

fn announce<T: Display>(item: T) {
    println!("now showing: {}", item);
}

fn main() {
    let title = String::from("Ferris");
    announce(title);
    println!("{} again", title);
}
