// How often each letter appears.
use std::collections::HashMap;

fn main() {
    let word = "mississippi";
    let mut freq: HashMap<char, usize> = HashMap::new();
    for c in word.chars() {
        let n = freq.get(&c).copied().unwrap_or(0);
        freq.insert(c, n + 1);
    }
    for c in ['i', 'm', 'p', 's', 'z'] {
        match freq.get(&c) {
            Some(n) => println!("{} appears {} times", c, n),
            None => println!("{} does not appear", c),
        }
    }
    println!("{} different letters", freq.len());
}
