use std::cell::Cell;
use std::fmt::Debug;

fn inspect<T: Debug + Sync>(x: &T) {
    println!("{:?}", x);
}

fn main() {
    let counter = Cell::new(1);
    inspect(&counter);
}
