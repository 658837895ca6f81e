use std::collections::HashMap;

fn main() {
    let mut stock = HashMap::new();
    stock.insert("apples", 3);
    stock.insert("pears", 0);
    stock.insert("plums", 12);

    // Restock everything that ran out, then sell one of each.
    for (_, amount) in &mut stock {
        if *amount == 0 {
            *amount = 10;
        }
    }
    for amount in stock.values_mut() {
        *amount -= 1;
    }
    for (name, amount) in stock.iter_mut() {
        if name.starts_with('p') {
            *amount *= 2;
        }
    }

    let mut names: Vec<_> = stock.keys().copied().collect();
    names.sort();
    for name in &names {
        println!("{:<8}{:>3}", name, stock[name]);
    }
    let empty = stock.values().filter(|a| **a == 0).count();
    println!("{} empty shelves, {} kinds", empty, stock.len());
}
