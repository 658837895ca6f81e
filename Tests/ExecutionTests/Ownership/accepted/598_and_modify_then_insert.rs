use std::collections::HashMap;

fn main() {
    let mut tally: HashMap<&str, i32> = HashMap::new();
    let step = 2;
    for name in ["ann", "bob", "ann"] {
        let count = tally.entry(name).and_modify(|c| *c += step).or_insert(1);
        *count *= 10;
        tally.insert("total", 0);
    }
    let mut all: Vec<_> = tally.into_iter().collect();
    all.sort();
    println!("{:?}", all);
}
