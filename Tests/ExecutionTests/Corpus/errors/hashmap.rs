// A HashMap from the standard collections.
use std::collections::HashMap;

fn main() {
    let mut ages = HashMap::new();
    ages.insert(String::from("Ada"), 36);
    println!("{:?}", ages.get("Ada"));
}
