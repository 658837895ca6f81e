struct Game {
    players: Vec<String>,
    log: Vec<String>,
}

fn main() {
    let mut g = Game {
        players: vec![String::from("p1"), String::from("p2")],
        log: Vec::new(),
    };
    for p in &g.players {
        g.log.push(format!("{} joined", p));
    }
    println!("{:?}", g.log);
}
