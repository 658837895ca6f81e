// Counting with entry().and_modify().or_insert(): add one to a count that is there, or
// start it at one.
use std::collections::{BTreeMap, HashMap};

fn main() {
    let votes = ["ann", "bob", "ann", "cid", "ann", "bob"];
    let mut tally: HashMap<&str, u32> = HashMap::new();
    for name in votes {
        tally.entry(name).and_modify(|count| *count += 1).or_insert(1);
    }
    let mut results: Vec<(&&str, &u32)> = tally.iter().collect();
    results.sort();
    println!("{:?}", results);
    println!("table room: {}", tally.capacity());

    let mut positions: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, word) in "a rose is a rose is a rose".split(' ').enumerate() {
        positions.entry(word.to_string()).and_modify(|list| list.push(i)).or_insert_with(Vec::new);
    }
    for (word, list) in &positions {
        println!("{}: later at {:?} (room {})", word, list, list.capacity());
    }

    let bonus = 10;
    let mut scores: BTreeMap<char, i32> = BTreeMap::new();
    for c in "hello".chars() {
        let score = scores.entry(c).and_modify(|s| *s += bonus).or_default();
        *score += 1;
    }
    println!("{:?}", scores);

    let mut greetings: HashMap<String, String> = HashMap::new();
    for who in ["x", "y", "x", "x"] {
        greetings.entry(who.to_string()).and_modify(|g| g.push('!')).or_insert(String::from("hi"));
    }
    let mut sorted: Vec<(String, String)> = greetings.into_iter().collect();
    sorted.sort();
    println!("{:?}", sorted);
}
