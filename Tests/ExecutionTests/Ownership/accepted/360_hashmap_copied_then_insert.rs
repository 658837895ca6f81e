// copied() ends the borrow from get, so the insert after it is fine.
use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<char, u32> = HashMap::new();
    for c in "banana".chars() {
        let n = counts.get(&c).copied().unwrap_or(0);
        counts.insert(c, n + 1);
    }
    let a = counts.get(&'a');
    println!("{:?} {}", a, counts.len());
}
