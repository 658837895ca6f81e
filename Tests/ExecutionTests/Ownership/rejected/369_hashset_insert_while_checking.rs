// Holding a shared borrow of a set across a mutation.
use std::collections::HashSet;

fn main() {
    let mut seen = HashSet::new();
    seen.insert(1);
    let view = &seen;
    seen.insert(2);
    println!("{}", view.len());
}
