use std::cell::RefCell;

fn main() {
    let name = RefCell::new(String::from("ferris"));
    let taken = *name.borrow();
    println!("{}", taken);
}
