use std::collections::HashMap;

fn main() {
    let text = "the cat sat on the mat the end";
    let mut counts: HashMap<String, usize> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word.to_string()).or_insert(0) += 1;
    }

    // A HashMap has no order, so take the pairs out and sort them.
    let mut pairs: Vec<(String, usize)> = counts.into_iter().collect();
    pairs.sort();
    println!("{} distinct words, room for {}", pairs.len(), pairs.capacity());
    for (word, n) in &pairs {
        println!("{word}: {n}");
    }

    // Most frequent first, ties by word.
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("top: {:?}", pairs[0]);
}
