// An ordered map copied whole: cloning a B-tree node by node is not modelled yet.
use std::collections::BTreeMap;

fn main() {
    let mut counts = BTreeMap::new();
    counts.insert("a", 1);
    let copy = counts.clone();
    println!("{:?} {:?}", counts, copy);
}
