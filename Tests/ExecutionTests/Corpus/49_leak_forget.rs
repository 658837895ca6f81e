// Box::leak and mem::forget: the value is never dropped, so no drop line is printed.
use std::mem;

struct Noisy {
    name: char,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let kept = Noisy { name: 'k' };
    let leaked = Box::leak(Box::new(Noisy { name: 'l' }));
    leaked.name = 'L';
    println!("leaked holds {}", leaked.name);
    let forgotten = Noisy { name: 'f' };
    mem::forget(forgotten);
    println!("forgot f");
    let numbers = Box::leak(Box::new(vec![1, 2, 3]));
    numbers.push(4);
    println!("leaked vec {:?}", numbers);
    let s = String::from("never freed");
    mem::forget(s);
    let dropped = Noisy { name: 'd' };
    drop(dropped);
    println!("end of main, still holding {}", kept.name);
}
