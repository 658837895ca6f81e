use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    scores.insert("ann", vec![3, 4]);
    scores.insert("bob", vec![9]);
    let best = scores.values().max_by_key(|v| v.len()).unwrap();
    scores.remove("ann");
    println!("{:?}", best);
}
