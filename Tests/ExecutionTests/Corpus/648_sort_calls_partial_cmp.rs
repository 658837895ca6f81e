// `sort()` and `sort_unstable()` ask `a < b`, which is PartialOrd's `lt`: the hand-written
// partial_cmp runs for each comparison (here it counts them), not `cmp` directly.
use std::cmp::Ordering;

#[derive(Debug)]
struct Card {
    rank: u8,
    suit: char,
}

impl PartialEq for Card {
    fn eq(&self, other: &Self) -> bool {
        self.rank == other.rank
    }
}

impl Eq for Card {}

impl PartialOrd for Card {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        println!("  is {}{} < {}{}?", self.rank, self.suit, other.rank, other.suit);
        Some(self.cmp(other))
    }
}

impl Ord for Card {
    fn cmp(&self, other: &Self) -> Ordering {
        self.rank.cmp(&other.rank)
    }
}

fn main() {
    let mut hand = vec![
        Card { rank: 9, suit: 'h' },
        Card { rank: 2, suit: 's' },
        Card { rank: 9, suit: 'c' },
        Card { rank: 5, suit: 'd' },
    ];
    hand.sort();
    println!("stable: {:?}", hand);
    let mut pile = [Card { rank: 7, suit: 'h' }, Card { rank: 3, suit: 'c' }, Card { rank: 4, suit: 's' }];
    pile.sort_unstable();
    for card in &pile {
        println!("{}{}", card.rank, card.suit);
    }
    let best = hand.iter().max().unwrap();
    println!("best: {}{}", best.rank, best.suit);
}
