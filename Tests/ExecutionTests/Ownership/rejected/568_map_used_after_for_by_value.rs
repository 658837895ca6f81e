use std::collections::HashMap;

fn main() {
    let mut ages = HashMap::new();
    ages.insert(String::from("Ana"), 31);
    ages.insert(String::from("Ben"), 27);
    for (name, age) in ages {
        println!("{name} is {age}");
    }
    println!("{} people", ages.len());
}
