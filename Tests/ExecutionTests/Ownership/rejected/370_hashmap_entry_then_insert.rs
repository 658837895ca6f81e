// The &mut V from entry().or_insert() keeps the map borrowed mutably until its last use.
use std::collections::HashMap;

fn main() {
    let mut tally = HashMap::new();
    let first = tally.entry("a").or_insert(0);
    tally.insert("b", 1);
    *first += 1;
    println!("{}", tally.len());
}
