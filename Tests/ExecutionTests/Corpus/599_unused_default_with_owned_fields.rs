// A stock list: adding an item that is already there builds a default that is never kept.
use std::collections::HashMap;

#[derive(Debug)]
struct Item {
    name: String,
    tags: Vec<String>,
    note: Option<Box<String>>,
}

fn add(stock: &mut HashMap<String, Item>, name: &str, tag: &str) {
    let item = stock.entry(name.to_string()).or_insert(Item {
        name: name.to_uppercase(),
        tags: vec![String::from("new")],
        note: Some(Box::new(format!("first seen as {name}"))),
    });
    item.tags.push(tag.to_string());
}

fn main() {
    let mut stock = HashMap::new();
    add(&mut stock, "apple", "red");
    add(&mut stock, "apple", "sweet");
    add(&mut stock, "apple", "fresh");
    let after = String::from("still here");
    let item = &stock["apple"];
    println!("{} {:?} {:?}", item.name, item.tags, item.note);
    println!("{} items, {after}", stock.len());
}
