// A word counter that cleans each word with trim_matches and a closure:
// the closure is called from the front until a char is kept, then from the back.
use std::collections::HashMap;

fn clean(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

fn main() {
    let text = "\"Memory,\" she said -- memory! (and the heap...) ¿qué? ...";
    let mut counts: HashMap<String, usize> = HashMap::new();
    for word in text.split_whitespace() {
        let w = clean(word);
        if w.is_empty() {
            println!("{:>12} -> skipped", word);
            continue;
        }
        println!("{:>12} -> {:?} ({} of {} bytes)", word, w, w.len(), word.len());
        *counts.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    let mut pairs: Vec<(&String, &usize)> = counts.iter().collect();
    pairs.sort();
    println!("{:?}", pairs);

    // Counting the calls shows where each search stops.
    for w in ["--ab--", "----", "ab", ""] {
        let mut calls = 0;
        let t = w.trim_matches(|c| {
            calls += 1;
            c == '-'
        });
        println!("{:?} -> {:?} after {} calls", w, t, calls);
    }
    let line = String::from("###  title  ###");
    let left = line.trim_start_matches(|c: char| c == '#' || c == ' ');
    let right = line.trim_end_matches(|c: char| c == '#' || c == ' ');
    println!("[{}] [{}] [{}]", left, right, left.trim_end_matches(|c| c == '#').trim());
    let none = "!!!".trim_start_matches(|c: char| c.is_ascii_punctuation());
    println!("{:?} {}", none, none.is_empty());
}
