// Copying a `&str` out of a collection, then changing the collection.
use std::collections::HashMap;

fn main() {
    let mut names: Vec<&str> = vec!["ann", "bob"];
    let first = *names.first().unwrap();
    names.push("cy");
    let second: &str = names.get(1).unwrap();
    names.push("dee");
    let last: &str = names.last().unwrap();
    names.clear();
    println!("{} {} {} {}", first, second, last, names.len());

    let mut fruit: HashMap<&str, &str> = HashMap::new();
    fruit.insert("a", "apple");
    let a: &str = fruit.get("a").unwrap();
    fruit.insert("b", "banana");
    let b = *fruit.get("b").unwrap();
    fruit.remove("a");
    println!("{} {} {}", a, b, fruit.len());

    let mut counts = vec![3, 1, 4];
    let top = counts.get(0).copied();
    counts.push(1);
    println!("{:?} {:?}", top, counts);
}
