use std::collections::HashMap;

fn main() {
    let words = ["sun", "moon", "star", "sky", "comet", "orbit", "ray"];
    let mut by_length: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in words {
        by_length.entry(w.len()).or_insert_with(Vec::new).push(w);
    }

    let mut lengths: Vec<&usize> = by_length.keys().collect();
    lengths.sort();
    for len in lengths {
        let group = &by_length[len];
        println!("{} letters: {:?} (capacity {})", len, group, group.capacity());
    }

    let mut letters: HashMap<char, u32> = HashMap::new();
    for w in words {
        for c in w.chars() {
            let n = letters.entry(c).or_insert_with(|| 0);
            *n += 1;
        }
    }
    let most = letters.values().max().unwrap();
    let mut top: Vec<char> = letters.iter().filter(|(_, n)| *n == most).map(|(c, _)| *c).collect();
    top.sort();
    println!("most used: {:?}, {} times", top, most);
}
