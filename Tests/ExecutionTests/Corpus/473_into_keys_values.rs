use std::collections::HashMap;

fn prices() -> HashMap<String, u32> {
    let mut m = HashMap::new();
    m.insert("apple".to_string(), 3);
    m.insert("pear".to_string(), 4);
    m.insert("plum".to_string(), 2);
    m
}

fn main() {
    let shop = prices();
    let mut fruit: Vec<String> = shop.into_keys().collect();
    fruit.sort();
    println!("fruit: {:?}", fruit);

    let shop = prices();
    let total: u32 = shop.into_values().sum();
    println!("one of each costs {total}");

    let shop = prices();
    let mut costs: Vec<u32> = shop.into_values().collect();
    costs.sort();
    println!("costs: {:?} (capacity {})", costs, costs.capacity());

    let shop = prices();
    let longest = shop.into_keys().map(|name| name.len()).max();
    println!("longest name: {:?}", longest);

    let shop = prices();
    let cheap = shop.into_values().filter(|p| *p < 4).count();
    println!("{cheap} cost less than 4");
}
