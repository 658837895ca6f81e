use std::cell::RefCell;
use std::sync::Arc;
use std::thread;

fn main() {
    let counter = Arc::new(RefCell::new(0));
    let mut handles = Vec::new();
    let c = Arc::clone(&counter);
    handles.push(thread::spawn(move || {
        *c.borrow_mut() += 1;
    }));
    for h in handles {
        h.join().unwrap();
    }
    println!("count = {}", counter.borrow());
}
