struct Player {
    name: String,
    score: u32,
}

fn main() {
    let winner_name;
    {
        let players = vec![
            Player { name: String::from("Ana"), score: 12 },
            Player { name: String::from("Bo"), score: 17 },
        ];
        let best = players.iter().max_by_key(|p| p.score);
        winner_name = best.map(|p| p.name.as_str());
    }
    println!("{:?}", winner_name);
}
