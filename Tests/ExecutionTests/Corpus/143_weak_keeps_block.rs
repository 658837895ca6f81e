// A Weak does not keep the value alive, only the block: upgrade fails once the last Rc is gone.
use std::rc::{Rc, Weak};

struct Noisy(i32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("dropping Noisy({})", self.0);
    }
}

fn main() {
    let empty: Weak<Noisy> = Weak::new();
    println!("empty upgrade is none: {}", empty.upgrade().is_none());

    let strong = Rc::new(Noisy(7));
    let weak = Rc::downgrade(&strong);
    let weak2 = weak.clone();
    println!("strong = {}, weak = {}", Rc::strong_count(&strong), Rc::weak_count(&strong));

    match weak.upgrade() {
        Some(rc) => println!("upgraded to {} (strong now {})", rc.0, Rc::strong_count(&rc)),
        None => println!("gone"),
    }
    println!("strong back to {}", Rc::strong_count(&strong));

    drop(strong);
    println!("after drop: upgrade is none: {}", weak.upgrade().is_none());
    println!("weak sees strong = {}, weak = {}", weak.strong_count(), weak.weak_count());
    drop(weak2);
    println!("one Weak left");
}
