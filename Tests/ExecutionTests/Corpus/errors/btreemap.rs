// An ordered map walked from its back: a B-tree's double-ended iterator is not modelled yet.
use std::collections::BTreeMap;

fn main() {
    let mut counts = BTreeMap::new();
    counts.insert("a", 1);
    counts.insert("b", 2);
    for (key, count) in counts.iter().rev() {
        println!("{} {}", key, count);
    }
}
