// Moved values drop with their new owner; a moved-from binding is never dropped;
// parameters drop at the end of the callee; returned values live on in the caller.
struct Noisy {
    name: char,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn consume(n: Noisy) {
    println!("consume got {}", n.name);
}

fn make(name: char) -> Noisy {
    let _temp = Noisy { name: 't' };
    let made = Noisy { name };
    println!("make returns {}", name);
    made
}

fn pass_through(n: Noisy) -> Noisy {
    println!("passing {}", n.name);
    n
}

fn main() {
    let a = Noisy { name: 'a' };
    let b = a;
    println!("moved a into b");
    consume(b);
    println!("after consume");
    let m = make('m');
    println!("main has {}", m.name);
    let p = pass_through(Noisy { name: 'p' });
    println!("main has {}", p.name);
    let q = Noisy { name: 'q' };
    let holder = vec![q];
    println!("holder len {}", holder.len());
    let boxed = Box::new(Noisy { name: 'x' });
    let unboxed = *boxed;
    println!("unboxed {}", unboxed.name);
    println!("end of main");
}
