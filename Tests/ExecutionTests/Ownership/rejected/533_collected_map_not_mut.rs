use std::collections::HashMap;

// A collected map is like any other binding: without `mut` it cannot be changed.
fn main() {
    let words = vec!["one", "two"];
    let lengths: HashMap<&str, usize> = words.iter().map(|w| (*w, w.len())).collect();
    lengths.insert("three", 5);
    println!("{}", lengths.len());
}
