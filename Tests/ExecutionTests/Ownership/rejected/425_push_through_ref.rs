use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(Vec::new()));
    let reader = shared.borrow();
    reader.push(1);
    println!("{:?}", reader);
}
