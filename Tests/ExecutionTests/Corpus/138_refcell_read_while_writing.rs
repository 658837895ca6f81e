// Reading a RefCell while a RefMut is still alive panics with another message.
use std::cell::RefCell;

fn report(value: &RefCell<i32>) {
    println!("value is {}", value.borrow());
}

fn main() {
    let counter = RefCell::new(5);
    report(&counter);
    {
        let mut guard = counter.borrow_mut();
        *guard += 1;
    }
    report(&counter);
    let mut guard = counter.borrow_mut();
    *guard += 1;
    report(&counter);
    println!("never printed");
}
