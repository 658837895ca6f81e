use std::collections::HashMap;

// Build a map from each word to its length in one go.
fn main() {
    let words = vec!["apple", "fig", "banana", "kiwi", "cherry"];
    let lengths: HashMap<&str, usize> = words.iter().map(|w| (*w, w.len())).collect();

    println!("{} words, capacity {}", lengths.len(), lengths.capacity());
    println!("banana has {} letters", lengths["banana"]);
    match lengths.get("grape") {
        Some(n) => println!("grape has {n} letters"),
        None => println!("no grape"),
    }

    let mut sorted: Vec<(&str, usize)> = lengths.iter().map(|(w, n)| (*w, *n)).collect();
    sorted.sort();
    for (word, n) in &sorted {
        println!("{word} -> {n}");
    }
}
