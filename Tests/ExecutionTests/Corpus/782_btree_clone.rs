// Cloning ordered collections: the clone is a tree of new nodes with the same shape,
// and every String key is cloned into a block of its own.
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone)]
struct Library {
    shelves: BTreeMap<String, u32>,
    tags: BTreeSet<String>,
}

fn main() {
    let mut seen = BTreeSet::new();
    seen.insert(3);
    seen.insert(1);
    let mut later = seen.clone();
    later.insert(7);
    println!("{:?} then {:?}", seen, later);

    let mut stock = BTreeMap::new();
    for i in 0..30 {
        stock.insert(format!("item{:02}", i), i * 2);
    }
    let snapshot = stock.clone();
    stock.remove("item03");
    *stock.get_mut("item04").unwrap() += 100;
    println!("{} vs {}", stock.len(), snapshot.len());
    println!("{:?} {:?}", stock.get("item03"), snapshot.get("item03"));
    println!("{:?} {:?}", stock.get("item04"), snapshot.get("item04"));
    let first: Vec<&String> = snapshot.keys().take(3).collect();
    println!("{:?}", first);

    let mut emptied: BTreeSet<String> = BTreeSet::new();
    emptied.insert(String::from("gone"));
    emptied.remove("gone");
    let copy = emptied.clone();
    println!("{:?} {}", copy, copy.is_empty());

    let numbers: BTreeSet<u64> = (0..100).collect();
    let more = numbers.clone();
    println!("{} {:?} {:?}", more.len(), more.first(), more.last());

    let lib = Library {
        shelves: BTreeMap::from([(String::from("rust"), 3), (String::from("c"), 1)]),
        tags: BTreeSet::from([String::from("new")]),
    };
    let mut other = lib.clone();
    other.tags.insert(String::from("used"));
    other.shelves.insert(String::from("go"), 2);
    println!("{:?}", lib);
    println!("{:?}", other);
}
