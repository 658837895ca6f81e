// A doubly linked list: `next` owns the following node, `prev` only points back
// with a `Weak`, so there is no cycle and dropping the head frees the whole chain.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    val: i32,
    next: Option<Rc<RefCell<Node>>>,
    prev: Option<Weak<RefCell<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        // While a node drops, the node before it is already half gone.
        let prev_alive = match &self.prev {
            Some(w) => w.upgrade().is_some(),
            None => false,
        };
        println!("drop node {} (prev alive: {})", self.val, prev_alive);
    }
}

fn node(val: i32) -> Rc<RefCell<Node>> {
    Rc::new(RefCell::new(Node { val, next: None, prev: None }))
}

fn main() {
    let first = node(10);
    let second = node(20);
    let third = node(30);

    first.borrow_mut().next = Some(Rc::clone(&second));
    second.borrow_mut().prev = Some(Rc::downgrade(&first));
    second.borrow_mut().next = Some(Rc::clone(&third));
    third.borrow_mut().prev = Some(Rc::downgrade(&second));

    println!("first: strong {} weak {}", Rc::strong_count(&first), Rc::weak_count(&first));
    println!("second: strong {} weak {}", Rc::strong_count(&second), Rc::weak_count(&second));

    let back = Rc::downgrade(&third);
    drop(second);
    drop(third);
    println!("only first owns the chain now");
    {
        let n = first.borrow();
        let next = n.next.as_ref().unwrap();
        println!("after {} comes {}", n.val, next.borrow().val);
    }

    drop(first);
    println!("third still reachable: {}", back.upgrade().is_some());
    println!("weak count of third: {}", back.weak_count());
}
