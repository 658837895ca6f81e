// A map cannot be cleared while a value inside it is still borrowed.
use std::collections::HashMap;

fn main() {
    let mut prices = HashMap::from([("tea", 3), ("cake", 5)]);
    let tea = prices.get("tea");
    prices.clear();
    println!("{:?}", tea);
}
