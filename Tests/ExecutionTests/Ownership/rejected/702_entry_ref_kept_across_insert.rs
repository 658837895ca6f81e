use std::collections::HashMap;

fn main() {
    let mut tally: HashMap<&str, i32> = HashMap::new();
    let count = tally.entry("ann").and_modify(|c| *c += 1).or_insert(1);
    tally.insert("bob", 1);
    *count += 1;
    println!("{:?}", tally.get("ann"));
}
