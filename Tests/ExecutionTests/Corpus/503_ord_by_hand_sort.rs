// Ordering my own struct by hand: players sorted by score, then by name.
use std::cmp::Ordering;

#[derive(Debug, Clone)]
struct Player {
    name: String,
    score: u32,
}

impl PartialEq for Player {
    fn eq(&self, other: &Self) -> bool {
        self.score == other.score && self.name == other.name
    }
}

impl Eq for Player {}

impl PartialOrd for Player {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Player {
    fn cmp(&self, other: &Self) -> Ordering {
        other.score.cmp(&self.score).then(self.name.cmp(&other.name))
    }
}

fn main() {
    let mut players = vec![
        Player { name: String::from("mia"), score: 30 },
        Player { name: String::from("ben"), score: 55 },
        Player { name: String::from("ava"), score: 30 },
        Player { name: String::from("leo"), score: 12 },
    ];
    players.sort();
    for (rank, p) in players.iter().enumerate() {
        println!("{}. {} ({})", rank + 1, p.name, p.score);
    }
    let first = &players[0];
    let last = &players[3];
    println!("{} before {}? {}", first.name, last.name, first < last);
    println!("{:?}", players[1].cmp(&players[2]));
    let copy = players[1].clone();
    println!("same player: {}, different: {}", copy == players[1], copy != players[2]);
    let best = players.iter().min().unwrap();
    let worst = players.iter().max().unwrap();
    println!("best {} worst {}", best.name, worst.name);
    if players[2] >= players[1] {
        println!("{} ranks at or below {}", players[2].name, players[1].name);
    }
}
