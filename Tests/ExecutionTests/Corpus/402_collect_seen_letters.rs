use std::collections::HashSet;

// Which letters appear in a sentence, and which are missing?
fn main() {
    let sentence = "the quick brown fox jumps over the lazy dog";
    let letters: HashSet<char> = sentence.chars().filter(|c| c.is_alphabetic()).collect();
    println!("{} different letters", letters.len());

    let word = "hello";
    let in_word: HashSet<_> = word.chars().collect();
    println!("'{}' uses {} letters, capacity {}", word, in_word.len(), in_word.capacity());

    let mut missing = Vec::new();
    for c in "abcdefghijklmnopqrstuvwxyz".chars() {
        if !letters.contains(&c) {
            missing.push(c);
        }
    }
    if missing.is_empty() {
        println!("it is a pangram");
    } else {
        println!("missing: {:?}", missing);
    }
}
