use std::cell::RefCell;

fn main() {
    let names = RefCell::new(vec![String::from("ann")]);
    let list = names.borrow_mut();
    list.push(String::from("bob"));
    println!("{}", list.len());
}
