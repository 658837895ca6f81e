fn main() {
    let mut inventory = vec![(String::from("apple"), 3), (String::from("pear"), 0)];
    for item in inventory.iter_mut() {
        match item {
            (name, 0) => name.push_str(" (sold out)"),
            (_, count) => *count -= 1,
        }
    }
    println!("{:?}", inventory);
}
