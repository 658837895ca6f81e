use std::collections::HashSet;

// The set holds slices of `text`, so `text` cannot change while the set is used.
fn main() {
    let mut text = String::from("red green red blue");
    let colours: HashSet<&str> = text.split_whitespace().collect();
    text.push_str(" green");
    println!("{} colours", colours.len());
}
