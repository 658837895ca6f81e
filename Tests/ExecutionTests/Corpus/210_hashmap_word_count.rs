use std::collections::HashMap;

// Count words, then print them from most to least common.
fn main() {
    let text = "the quick brown fox jumps over the lazy dog the fox";
    let mut counts: HashMap<String, u32> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word.to_string()).or_default() += 1;
    }
    println!("{} different words", counts.len());

    let mut pairs: Vec<(&String, &u32)> = counts.iter().collect();
    println!("collected {} pairs, capacity {}", pairs.len(), pairs.capacity());
    pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (word, n) in pairs.iter().take(3) {
        println!("{word}: {n}");
    }

    let total: u32 = counts.values().sum();
    let longest = counts.keys().map(|w| w.len()).max().unwrap();
    println!("total {total}, longest word {longest} letters");
}
