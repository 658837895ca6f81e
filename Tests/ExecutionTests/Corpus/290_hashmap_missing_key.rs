// Indexing a HashMap with a key it does not hold panics.
use std::collections::HashMap;

fn main() {
    let mut ages = HashMap::new();
    ages.insert("ada", 36);
    println!("ada is {}", ages["ada"]);
    println!("bob is {}", ages["bob"]);
}
