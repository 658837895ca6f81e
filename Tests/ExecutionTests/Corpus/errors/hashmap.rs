// Iterating over a HashMap by value moves its entries out.
use std::collections::HashMap;

fn main() {
    let mut ages = HashMap::new();
    ages.insert(String::from("Ada"), 36);
    for (name, age) in ages {
        println!("{} {}", name, age);
    }
}
