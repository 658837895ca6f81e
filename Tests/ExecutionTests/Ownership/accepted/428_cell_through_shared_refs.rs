use std::cell::Cell;

fn bump(counter: &Cell<u32>) {
    counter.set(counter.get() + 1);
}

fn main() {
    let counter = Cell::new(0);
    let a = &counter;
    let b = &counter;
    bump(a);
    bump(b);
    bump(a);
    println!("{}", counter.get());
}
