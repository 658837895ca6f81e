use std::collections::HashMap;

// Adding entries to a map while a loop walks it.
fn main() {
    let mut prices: HashMap<String, u32> = HashMap::new();
    prices.insert(String::from("tea"), 3);
    prices.insert(String::from("cake"), 5);
    for (name, price) in &prices {
        if *price > 4 {
            prices.insert(format!("half {}", name), price / 2);
        }
    }
    println!("{}", prices.len());
}
