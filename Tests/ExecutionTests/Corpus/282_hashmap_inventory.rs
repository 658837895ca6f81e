// A small shop inventory: stock levels keyed by item name.
use std::collections::HashMap;

fn restock(stock: &mut HashMap<String, u32>, item: &str, amount: u32) {
    let current = stock.get(item).copied().unwrap_or(0);
    stock.insert(item.to_string(), current + amount);
}

fn sell(stock: &mut HashMap<String, u32>, item: &str) -> bool {
    match stock.get(item).copied() {
        Some(n) if n > 0 => {
            stock.insert(item.to_string(), n - 1);
            true
        }
        _ => false,
    }
}

fn main() {
    let mut stock = HashMap::new();
    restock(&mut stock, "apple", 3);
    restock(&mut stock, "pear", 1);
    restock(&mut stock, "apple", 2);
    println!("sold pear: {}", sell(&mut stock, "pear"));
    println!("sold pear again: {}", sell(&mut stock, "pear"));
    println!("sold kiwi: {}", sell(&mut stock, "kiwi"));
    println!("apples left: {:?}", stock.get("apple"));
    if let Some(n) = stock.remove("pear") {
        println!("removed pear with {} left", n);
    }
    println!("has pear: {}", stock.contains_key("pear"));
    println!("items: {}", stock.len());
}
