// Option<T> with a Drop type: assigning None drops the old contents; mem::swap moves values.
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
    let mut slot: Option<Noisy> = Some(Noisy { name: 'a' });
    println!("slot is_some {}", slot.is_some());
    slot = None;
    println!("slot is_none {}", slot.is_none());
    slot = Some(Noisy { name: 'b' });
    println!("slot is_some {}", slot.is_some());
    slot = Some(Noisy { name: 'c' });
    match &slot {
        Some(n) => println!("slot holds {}", n.name),
        None => println!("empty"),
    }
    let mut left = Noisy { name: 'L' };
    let mut right = Noisy { name: 'R' };
    mem::swap(&mut left, &mut right);
    println!("left {} right {}", left.name, right.name);
    let taken = slot.unwrap();
    println!("took {}", taken.name);
    let mut x = 1;
    let mut y = 2;
    mem::swap(&mut x, &mut y);
    println!("x {} y {}", x, y);
    println!("end of main");
}
