use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<&str, u32> = HashMap::new();
    stock.insert("pens", 4);
    let mut sorted: Vec<(&str, u32)> = stock.into_iter().collect();
    sorted.sort();
    println!("{:?}", sorted);
    stock.insert("ink", 2);
}
