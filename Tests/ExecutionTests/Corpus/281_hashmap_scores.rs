// Team scores in a HashMap<String, i32>: insert, overwrite, look up.
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    scores.insert(String::from("Yellow"), 50);

    let team_name = String::from("Blue");
    let score = scores.get(&team_name).copied().unwrap_or(0);
    println!("Blue has {}", score);

    let old = scores.insert(String::from("Blue"), 25);
    println!("replaced {:?}", old);
    println!("Blue now {:?}", scores.get("Blue"));
    println!("Red: {:?}", scores.get("Red"));
    println!("teams: {}", scores.len());
}
