// Changing a value in place through get_mut.
use std::collections::HashMap;

fn main() {
    let mut balances: HashMap<String, i64> = HashMap::new();
    balances.insert(String::from("alice"), 100);
    balances.insert(String::from("bob"), 20);
    if let Some(b) = balances.get_mut("alice") {
        *b -= 30;
    }
    match balances.get_mut("carol") {
        Some(b) => *b += 1,
        None => println!("no account for carol"),
    }
    let bob = String::from("bob");
    if let Some(b) = balances.get_mut(&bob) {
        *b *= 2;
    }
    println!("alice {} bob {}", balances["alice"], balances[&bob]);
}
