// Iterating over a HashMap: its order varies per run in real Rust.
use std::collections::HashMap;

fn main() {
    let mut ages = HashMap::new();
    ages.insert(String::from("Ada"), 36);
    for (name, age) in &ages {
        println!("{} {}", name, age);
    }
}
