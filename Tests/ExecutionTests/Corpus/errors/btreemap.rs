// An ordered map: counting words, printed in key order.
use std::collections::BTreeMap;

fn main() {
    let mut counts = BTreeMap::new();
    for word in ["b", "a", "b"] {
        *counts.entry(word).or_insert(0) += 1;
    }
    println!("{:?}", counts);
}
