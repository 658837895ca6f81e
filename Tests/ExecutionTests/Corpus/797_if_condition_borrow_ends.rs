// The Ref made in an `if` condition is dropped before the branch runs, so the branch may
// borrow_mut the same RefCell (a match guard's and a `while` condition's too).
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    name: String,
    visited: bool,
}

fn main() {
    let nodes: Vec<Rc<RefCell<Node>>> = ["a", "b", "c"]
        .iter()
        .map(|n| Rc::new(RefCell::new(Node { name: n.to_string(), visited: false })))
        .collect();
    let path = vec![Rc::clone(&nodes[0]), Rc::clone(&nodes[2]), Rc::clone(&nodes[0])];
    for step in &path {
        if !step.borrow().visited {
            step.borrow_mut().visited = true;
            println!("visit {}", step.borrow().name);
        } else {
            println!("{} again", step.borrow().name);
        }
    }
    for n in &nodes {
        println!("{} visited: {}", n.borrow().name, n.borrow().visited);
    }

    let stack = RefCell::new(vec![1, 2, 3]);
    let top = if stack.borrow().is_empty() { 0 } else { stack.borrow_mut().pop().unwrap() };
    match top {
        t if stack.borrow().len() < t => stack.borrow_mut().push(t * 10),
        _ => {}
    }
    while stack.borrow().len() > 2 {
        stack.borrow_mut().remove(0);
    }
    println!("top {} stack {:?}", top, stack.borrow());
}
