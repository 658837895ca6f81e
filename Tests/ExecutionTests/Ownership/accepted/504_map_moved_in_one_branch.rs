use std::collections::HashMap;

fn total(prices: HashMap<String, u32>) -> u32 {
    prices.into_values().sum()
}

fn main() {
    let mut prices = HashMap::new();
    prices.insert(String::from("tea"), 3);
    prices.insert(String::from("cake"), 5);
    let detailed = prices.len() > 5;
    if detailed {
        for (item, price) in prices {
            println!("{item}: {price}");
        }
    } else {
        println!("total: {}", total(prices));
    }
    let mut again = HashMap::new();
    again.insert(String::from("jam"), 2);
    let keys: Vec<String> = again.into_keys().collect();
    println!("{:?}", keys);
}
