struct Player {
    name: String,
    score: u32,
}

fn main() {
    let players = vec![
        Player { name: String::from("Ana"), score: 12 },
        Player { name: String::from("Bo"), score: 17 },
    ];
    let best = players.iter().max_by_key(|p| p.score);
    let name = best.map(|p| p.name.as_str());
    println!("{:?}", name);
    let shown = best.map(|p| p.name.as_str()).unwrap_or("nobody");
    let letters = best.map(|p| p.name.len()).unwrap_or(0);
    println!("{} has {} letters", shown, letters);
}
