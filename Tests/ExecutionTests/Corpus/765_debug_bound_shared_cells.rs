// A generic `show` with a `Debug` bound, given std's shared and interior-mutable types.
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::{Arc, Mutex};

fn show<T: std::fmt::Debug>(x: T) {
    println!("{:?}", x);
}

fn main() {
    let a = Arc::new(Mutex::new(5));
    show(a.clone());
    println!("{:?}", a);

    let r = Rc::new(RefCell::new(5));
    show(r.clone());
    *r.borrow_mut() += 1;
    println!("{:?}", r);

    let c = Cell::new(3);
    show(&c);
    println!("{:?}", c);

    let b = Box::new(7);
    show(b.clone());
    let o: Option<Rc<i32>> = Some(Rc::new(4));
    show(o.clone());
    println!("{:?} {:?}", o, b);

    let m = Mutex::new(vec![1, 2]);
    show(&m);
    m.lock().unwrap().push(3);
    println!("{:#?}", m);
}
