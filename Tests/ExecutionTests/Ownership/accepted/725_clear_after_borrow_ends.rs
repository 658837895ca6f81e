// The borrow of a value ends before the map is cleared.
use std::collections::{HashMap, HashSet};

fn main() {
    let mut prices = HashMap::from([("tea", 3), ("cake", 5)]);
    let tea = prices.get("tea").copied();
    prices.clear();
    println!("{:?} {}", tea, prices.len());
    let mut tags = HashSet::from(["red", "blue"]);
    let has_red = tags.contains("red");
    tags.clear();
    println!("{} {}", has_red, tags.is_empty());
}
