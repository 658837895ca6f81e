// A two-node doubly linked list: next owns with Rc, prev only points back with Weak.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    value: i32,
    next: Option<Rc<RefCell<Node>>>,
    prev: Option<Weak<RefCell<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop {}", self.value);
    }
}

fn main() {
    let first = Rc::new(RefCell::new(Node { value: 1, next: None, prev: None }));
    let second = Rc::new(RefCell::new(Node { value: 2, next: None, prev: None }));
    first.borrow_mut().next = Some(Rc::clone(&second));
    second.borrow_mut().prev = Some(Rc::downgrade(&first));
    let back = second.borrow().prev.as_ref().unwrap().upgrade().unwrap();
    println!("second's prev is {}", back.borrow().value);
    drop(back);
    println!("strong {} weak {}", Rc::strong_count(&first), Rc::weak_count(&first));
    println!("strong {} weak {}", Rc::strong_count(&second), Rc::weak_count(&second));
    let mut current = Some(Rc::clone(&first));
    while let Some(node) = current {
        println!("visit {}", node.borrow().value);
        current = node.borrow().next.clone();
    }
    drop(first);
    println!("first dropped; second prev alive: {}", second.borrow().prev.as_ref().unwrap().upgrade().is_some());
}
