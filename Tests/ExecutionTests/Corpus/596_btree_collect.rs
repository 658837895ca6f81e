use std::collections::{BTreeMap, BTreeSet};
use std::mem::size_of;

fn main() {
    println!("BTreeMap<i32, i32>: {} bytes", size_of::<BTreeMap<i32, i32>>());
    println!("Option<BTreeMap<i32, i32>>: {} bytes", size_of::<Option<BTreeMap<i32, i32>>>());
    println!("BTreeSet<String>: {} bytes", size_of::<BTreeSet<String>>());

    let pairs = vec![("b", 2), ("a", 1), ("c", 3), ("a", 10)];
    let map: BTreeMap<&str, i32> = pairs.iter().cloned().collect();
    println!("{:?}", map);

    let letters: BTreeSet<char> = "hello world".chars().filter(|c| c.is_alphabetic()).collect();
    println!("{:?}", letters);

    let words = ["apple", "fig", "banana", "kiwi", "plum"];
    let lengths = words
        .iter()
        .map(|w| (w.len(), w.to_string()))
        .collect::<BTreeMap<usize, String>>();
    for (len, word) in &lengths {
        println!("{len}: {word}");
    }

    let squares: BTreeMap<u32, u32> = (1..=40).rev().map(|n| (n, n * n)).collect();
    println!("{} squares, 7 -> {:?}", squares.len(), squares.get(&7));
    let evens: Vec<u32> = squares.values().filter(|v| *v % 2 == 0).copied().take(5).collect();
    println!("{:?}", evens);

    let empty: BTreeSet<i32> = Vec::new().into_iter().collect();
    println!("{:?} {}", empty, empty.is_empty());
}
