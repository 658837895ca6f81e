// Taking, replacing and swapping what a Cell or RefCell holds, without any &mut.
use std::cell::{Cell, RefCell};

struct Inbox {
    pending: Cell<Vec<String>>,
    archive: RefCell<Vec<String>>,
}

impl Inbox {
    fn receive(&self, text: &str) {
        let mut list = self.pending.take();
        list.push(text.to_string());
        let old = self.pending.replace(list);
        println!("replaced a list of {}", old.len());
    }
}

fn main() {
    let inbox = Inbox { pending: Cell::new(Vec::new()), archive: RefCell::new(Vec::new()) };
    inbox.receive("hi");
    inbox.receive("lunch?");
    let read = inbox.pending.take();
    println!("read {:?}, capacity {}", read, read.capacity());
    let old = inbox.archive.replace(read);
    println!("old archive {:?}, archive {:?}", old, inbox.archive);

    let left = RefCell::new(vec![1, 2]);
    let right = RefCell::new(vec![3]);
    left.swap(&right);
    println!("{:?} {:?}", left.borrow(), right.borrow());
    std::mem::swap(&mut *left.borrow_mut(), &mut *right.borrow_mut());
    println!("{:?} {:?}", left.borrow(), right.borrow());

    let a = Cell::new(1);
    let b = Cell::new(2);
    a.swap(&b);
    println!("{} {}", a.get(), b.get());
    let emptied = std::mem::take(&mut *left.borrow_mut());
    println!("{:?} {:?}", emptied, left);
}
