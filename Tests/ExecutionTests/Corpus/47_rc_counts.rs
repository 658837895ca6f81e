// Rc: clone adds a strong reference, dropping one removes it; the value drops with the last.
use std::rc::Rc;

struct Noisy {
    name: char,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn count_in_callee(r: Rc<Noisy>) -> usize {
    Rc::strong_count(&r)
}

fn main() {
    let a = Rc::new(Noisy { name: 'a' });
    println!("after new: {}", Rc::strong_count(&a));
    let b = Rc::clone(&a);
    println!("after clone: {}", Rc::strong_count(&a));
    {
        let c = a.clone();
        println!("inner clone: {} {}", Rc::strong_count(&c), c.name);
    }
    println!("after inner scope: {}", Rc::strong_count(&a));
    println!("in callee: {}", count_in_callee(Rc::clone(&b)));
    println!("after callee: {}", Rc::strong_count(&a));
    drop(b);
    println!("after drop(b): {}", Rc::strong_count(&a));
    let shared = Rc::new(String::from("shared text"));
    let holders = vec![Rc::clone(&shared), Rc::clone(&shared), Rc::clone(&shared)];
    println!("{} holders, count {}", holders.len(), Rc::strong_count(&shared));
    drop(holders);
    println!("count {} text {}", Rc::strong_count(&shared), shared);
    drop(a);
    println!("end of main");
}
