// Two nodes that own each other through Rc: neither count reaches zero, so nothing is freed.
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    name: String,
    next: RefCell<Option<Rc<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("dropping {}", self.name);
    }
}

fn main() {
    let a = Rc::new(Node { name: String::from("a"), next: RefCell::new(None) });
    let b = Rc::new(Node { name: String::from("b"), next: RefCell::new(Some(Rc::clone(&a))) });
    println!("a strong = {}, b strong = {}", Rc::strong_count(&a), Rc::strong_count(&b));

    *a.next.borrow_mut() = Some(Rc::clone(&b));
    println!("a strong = {}, b strong = {}", Rc::strong_count(&a), Rc::strong_count(&b));

    if let Some(next) = a.next.borrow().as_ref() {
        println!("a points at {}", next.name);
    }

    let c = Rc::new(Node { name: String::from("c"), next: RefCell::new(None) });
    println!("c strong = {}", Rc::strong_count(&c));
    println!("end of main: only c will say goodbye");
}
