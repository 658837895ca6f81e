// Counting with entry().or_insert() and reading back with map[key].
use std::collections::HashMap;

fn main() {
    let words = vec!["red", "blue", "red", "green", "blue", "red"];
    let mut counts = HashMap::new();
    for w in &words {
        let count = counts.entry(*w).or_insert(0);
        *count += 1;
    }
    println!("red {}", counts["red"]);
    println!("blue {}", counts["blue"]);
    println!("green {}", counts["green"]);

    let mut teams: HashMap<String, u32> = HashMap::new();
    for (team, points) in [("ants", 3), ("bees", 1), ("ants", 2)] {
        *teams.entry(team.to_string()).or_insert(0) += points;
    }
    let ants = String::from("ants");
    println!("ants {} bees {}", teams[&ants], teams["bees"]);
    println!("{} teams", teams.len());
}
