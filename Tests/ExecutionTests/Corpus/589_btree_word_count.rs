use std::collections::BTreeMap;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the fox naps";
    let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    println!("{} distinct words", counts.len());
    for (word, n) in &counts {
        println!("{word:>6}: {n}");
    }
    println!("{:?}", counts);
    println!("the -> {:?}, cat -> {:?}", counts.get("the"), counts.get("cat"));
    if let Some(n) = counts.get_mut("fox") {
        *n *= 10;
    }
    println!("fox now {}", counts["fox"]);
    println!("first {:?}, last {:?}", counts.first_key_value(), counts.last_key_value());
    let total: u32 = counts.values().sum();
    println!("total {total}");
    let long: Vec<&&str> = counts.keys().filter(|w| w.len() > 4).collect();
    println!("long words {:?}", long);
}
