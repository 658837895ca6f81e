use std::rc::Rc;

struct Noisy {
    name: char,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let a = Noisy { name: 'a' };
    let b = Box::new(Noisy { name: 'b' });
    let shared = Rc::new(5);
    {
        let again = Rc::clone(&shared);
        println!("count {}", Rc::strong_count(&again));
    }
    drop(a);
    let leaked = Box::leak(Box::new(7));
    println!("{} {} {}", b.name, shared, leaked);
}
