use std::collections::HashMap;
use std::collections::HashSet;

// Count each letter of a word: first the distinct letters, then a count for each.
fn main() {
    let word = "mississippi";
    let distinct: HashSet<char> = word.chars().collect();
    let counts: HashMap<char, usize> =
        distinct.iter().map(|c| (*c, word.chars().filter(|x| x == c).count())).collect();

    let mut letters: Vec<&char> = counts.keys().collect();
    letters.sort();
    for c in letters {
        println!("{c}: {}", counts[c]);
    }
    println!("distinct capacity {}, counts capacity {}", distinct.capacity(), counts.capacity());
}
