use std::collections::HashSet;

// Dedup the words of a text, keeping them sorted.
fn main() {
    let text = "to be or not to be that is the question";
    let words: HashSet<&str> = text.split_whitespace().collect();
    println!("{} distinct words out of {}", words.len(), text.split_whitespace().count());

    let mut list: Vec<&str> = words.iter().cloned().collect();
    list.sort();
    println!("{}", list.join(" "));

    let owned: HashSet<String> = text.split_whitespace().map(|w| w.to_uppercase()).collect();
    println!("has BE? {}", owned.contains("BE"));
    println!("has WAS? {}", owned.contains("WAS"));
}
