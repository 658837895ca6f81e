use std::collections::HashMap;

// Pair up two lists into a phone book.
fn main() {
    let names = vec!["ann", "bob", "cat"];
    let numbers = vec![5551234, 5559876, 5550000];
    let book: HashMap<&str, i32> = names.iter().zip(numbers.iter()).map(|(n, p)| (*n, *p)).collect();

    println!("{} entries, capacity {}", book.len(), book.capacity());
    if let Some(n) = book.get("bob") {
        println!("bob: {n}");
    }

    let lookup: HashMap<i32, &str> = book.iter().map(|(name, number)| (*number, *name)).collect();
    println!("5550000 belongs to {}", lookup[&5550000]);
    println!("capacity {}", lookup.capacity());
}
