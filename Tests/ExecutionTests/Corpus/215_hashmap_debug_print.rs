use std::collections::{HashMap, HashSet};

#[derive(Debug)]
struct Player {
    name: String,
    lives: u8,
}

fn main() {
    let mut team: HashMap<u32, Player> = HashMap::new();
    println!("{:?} has {} players", team, team.len());
    team.insert(7, Player { name: String::from("Kim"), lives: 3 });
    println!("{:?}", team);
    println!("{:#?}", team);
    println!("{} has {} lives", team[&7].name, team[&7].lives);

    let mut tags = HashSet::new();
    tags.insert("fast");
    println!("{:?} {}", tags, tags.contains("slow"));

    let mut notes: HashMap<String, Vec<i32>> = HashMap::new();
    notes.entry(String::from("do")).or_default().push(1);
    notes.entry(String::from("do")).or_default().push(2);
    println!("{notes:?}");
}
