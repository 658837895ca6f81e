use std::cell::RefCell;

fn main() {
    let guard;
    {
        let counter = RefCell::new(0);
        guard = counter.borrow_mut();
    }
    println!("{}", guard);
}
