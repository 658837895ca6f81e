// Keeping only some entries of a HashMap in place.
use std::collections::HashMap;

fn main() {
    let mut ages = HashMap::new();
    ages.insert(String::from("Ada"), 36);
    ages.insert(String::from("Bo"), 12);
    ages.retain(|_, age| *age >= 18);
    println!("{}", ages.len());
}
