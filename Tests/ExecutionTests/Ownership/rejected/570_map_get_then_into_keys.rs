use std::collections::HashMap;

fn main() {
    let mut colors = HashMap::new();
    colors.insert(String::from("sky"), String::from("blue"));
    colors.insert(String::from("grass"), String::from("green"));
    let sky = colors.get("sky");
    let names: Vec<String> = colors.into_keys().collect();
    println!("{} names, sky is {:?}", names.len(), sky);
}
