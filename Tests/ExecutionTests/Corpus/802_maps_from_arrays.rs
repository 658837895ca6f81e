// Building maps and sets straight from arrays, then emptying them with `clear`.
use std::collections::{BTreeMap, HashMap, HashSet};

fn main() {
    let mut stock = HashMap::from([
        (String::from("apples"), 12),
        (String::from("pears"), 0),
        (String::from("plums"), 7),
    ]);
    println!("{} kinds, room for {}", stock.len(), stock.capacity());
    if let Some(n) = stock.get("plums") {
        println!("plums: {}", n);
    }
    *stock.get_mut("pears").unwrap() += 5;
    println!("pears now: {}", stock["pears"]);

    stock.clear();
    println!("after clear: {} kinds, room for {}, empty: {}", stock.len(), stock.capacity(), stock.is_empty());
    stock.insert(String::from("figs"), 2);
    println!("figs: {:?}, room for {}", stock.get("figs"), stock.capacity());

    let vowels = HashSet::from(['a', 'e', 'i', 'o', 'u']);
    let word = "memory";
    let mut count = 0;
    for c in word.chars() {
        if vowels.contains(&c) {
            count += 1;
        }
    }
    println!("{} has {} vowels; the set has room for {}", word, count, vowels.capacity());

    let mut seen: HashSet<i32> = HashSet::from([4, 8, 15, 16, 23, 42]);
    println!("seen {} numbers, room for {}", seen.len(), seen.capacity());
    seen.clear();
    println!("cleared: {} left, room for {}", seen.len(), seen.capacity());

    let grades = BTreeMap::from([("carol", 'B'), ("alice", 'A'), ("bob", 'C')]);
    println!("{:?}", grades);
    for (name, grade) in &grades {
        println!("{name}: {grade}");
    }
}
