use std::collections::HashMap;

// The counts keep slices of `line` as keys, but `line` is dropped at the end of the block.
fn main() {
    let mut counts: HashMap<&str, i32> = HashMap::new();
    {
        let line = String::from("to be or not to be");
        for word in line.split_whitespace() {
            *counts.entry(word).or_insert(0) += 1;
        }
    }
    println!("{} words", counts.len());
}
