use std::collections::HashMap;

// `into_iter` moves the pairs into the map, so the Vec is gone afterwards.
fn main() {
    let pairs = vec![(String::from("a"), 1), (String::from("b"), 2)];
    let map: HashMap<String, i32> = pairs.into_iter().collect();
    println!("{} entries from {} pairs", map.len(), pairs.len());
}
