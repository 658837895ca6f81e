use std::cell::RefCell;

fn main() {
    let names = RefCell::new(vec![String::from("ada"), String::from("bo")]);
    let first = {
        let guard = names.borrow();
        &guard[0]
    };
    println!("{}", first);
}
