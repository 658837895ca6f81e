// A reference from get borrows the whole map: inserting while it is alive is refused.
use std::collections::HashMap;

fn main() {
    let mut stock = HashMap::new();
    stock.insert(String::from("apple"), 3);
    let apples = stock.get("apple");
    stock.insert(String::from("pear"), 1);
    println!("{:?}", apples);
}
