use std::sync::RwLock;

fn main() {
    let counter = RwLock::new(0);
    let reader = counter.read().unwrap();
    // A read guard only lends the value: writing needs write().
    *reader += 1;
    println!("{}", *reader);
}
