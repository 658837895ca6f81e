use std::cell::RefCell;
use std::rc::Rc;

// Getting the value back out of an `Rc` once nobody else shares it.
#[derive(Debug)]
struct Node {
    val: i32,
    next: Option<Rc<RefCell<Node>>>,
}

fn main() {
    let s = Rc::new(String::from("shared"));
    let copy = Rc::clone(&s);
    let s = match Rc::try_unwrap(s) {
        Ok(text) => Rc::new(text),
        Err(back) => {
            println!("still shared by {}", Rc::strong_count(&back));
            back
        }
    };
    drop(copy);
    let inner = Rc::try_unwrap(s).unwrap();
    println!("unwrapped: {} cap {}", inner, inner.capacity());
    let tail = Rc::new(RefCell::new(Node { val: 3, next: None }));
    let head = Rc::new(RefCell::new(Node { val: 1, next: Some(Rc::clone(&tail)) }));
    drop(tail);
    let taken = head.borrow_mut().next.take().unwrap();
    let node = Rc::try_unwrap(taken).ok().unwrap().into_inner();
    println!("{:?} head {}", node, head.borrow().val);
    let a = Rc::new(vec![1, 2]);
    let b = Rc::clone(&a);
    println!("{:?} {}", Rc::into_inner(a), Rc::strong_count(&b));
    println!("{:?}", Rc::into_inner(b));
}
