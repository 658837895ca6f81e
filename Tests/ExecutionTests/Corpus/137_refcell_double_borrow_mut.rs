// Two mutable borrows of one RefCell at the same time: the program panics when it runs.
use std::cell::RefCell;

fn main() {
    let messages = RefCell::new(Vec::new());
    let mut first = messages.borrow_mut();
    first.push(String::from("one"));
    println!("first borrow holds {} message", first.len());
    let mut second = messages.borrow_mut();
    second.push(String::from("two"));
    println!("never printed: {}", first.len());
}
