// Counting words with a HashMap, printed in a fixed order by looking each word up.
use std::collections::HashMap;

fn main() {
    let text = vec!["the", "cat", "sat", "on", "the", "mat", "the", "end"];
    let mut counts: HashMap<&str, i32> = HashMap::new();
    for word in &text {
        let count = counts.get(word).copied().unwrap_or(0);
        counts.insert(word, count + 1);
    }
    let words = ["cat", "end", "mat", "on", "sat", "the", "dog"];
    for w in words {
        println!("{}: {}", w, counts.get(w).copied().unwrap_or(0));
    }
    println!("distinct words: {}", counts.len());
}
