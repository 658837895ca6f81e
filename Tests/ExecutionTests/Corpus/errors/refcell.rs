// Interior mutability: a RefCell shared through Rc.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(vec![1, 2]));
    shared.borrow_mut().push(3);
    println!("{:?}", shared.borrow());
}
