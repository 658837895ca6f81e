// A closure whose body copies a `&str` out from behind its parameter, through `&` patterns,
// tuple patterns, match ergonomics or a field, gives what the items point to, not a borrow
// of the collection: changing the collection afterwards is fine.
use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<&str, i32> = HashMap::new();
    scores.insert("ann", 3);
    scores.insert("bob", 7);
    let best = scores.iter().max_by_key(|(_, v)| **v).map(|(&k, _)| k);
    if let Some(name) = best {
        scores.remove(name);
    }
    println!("{:?} {}", best, scores.len());

    let mut people: Vec<(&str, i32)> = vec![("a", 1), ("b", 2)];
    let oldest = people.iter().max_by_key(|p| p.1).map(|&(name, _)| name);
    people.push(("c", 3));
    let first = people.iter().map(|(n, _)| *n).next();
    people.push(("d", 4));
    let second = people.get(1).map(|p| p.0);
    let names: Vec<&str> = people.iter().map(|&(n, _)| n).collect();
    people.clear();
    println!("{:?} {:?} {:?} {:?}", oldest, first, second, names);

    let mut left: Vec<&str> = vec!["x", "y"];
    let right = vec!["p", "q"];
    let pairs: Vec<(&str, &str)> = left.iter().zip(right.iter()).map(|(&a, &b)| (a, b)).collect();
    left.clear();
    println!("{:?} {:?}", pairs, left);
}
