// `max`, `min` and `std::cmp::max` on a type whose Ord is written by hand: std's methods
// compare with `<`, which calls the hand-written partial_cmp, and drop the value they
// do not return.
use std::cmp::Ordering;

#[derive(Debug)]
struct Player {
    name: String,
    score: u32,
}

impl PartialEq for Player {
    fn eq(&self, other: &Self) -> bool {
        self.score == other.score
    }
}

impl Eq for Player {}

impl PartialOrd for Player {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        println!("  comparing {} with {}", self.name, other.name);
        Some(self.cmp(other))
    }
}

impl Ord for Player {
    fn cmp(&self, other: &Self) -> Ordering {
        self.score.cmp(&other.score)
    }
}

impl Drop for Player {
    fn drop(&mut self) {
        println!("  {} leaves", self.name);
    }
}

fn player(name: &str, score: u32) -> Player {
    Player { name: String::from(name), score }
}

fn main() {
    let best = player("ana", 30).max(player("bo", 45));
    println!("best: {:?}", best);
    let tie = player("cy", 10).max(player("di", 10));
    println!("tie goes to {}", tie.name);
    let low = player("ed", 5).min(player("fay", 2));
    println!("lowest: {}", low.name);
    let even = std::cmp::min(player("gus", 7), player("hal", 7));
    println!("even min keeps {}", even.name);
    let top = std::cmp::max(best, low);
    println!("top: {} with {}", top.name, top.score);
    println!("done");
}
