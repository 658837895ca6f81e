use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Card {
    rank: u8,
    suit: Suit,
}

fn main() {
    let hand = vec![
        Card { rank: 12, suit: Suit::Hearts },
        Card { rank: 3, suit: Suit::Spades },
        Card { rank: 14, suit: Suit::Clubs },
        Card { rank: 3, suit: Suit::Diamonds },
        Card { rank: 10, suit: Suit::Hearts },
    ];
    let mut suits = BTreeSet::new();
    for c in &hand {
        suits.insert(c.suit);
    }
    println!("{:?}", suits);
    let mut by_rank: BTreeMap<u8, Vec<Suit>> = BTreeMap::new();
    for c in &hand {
        by_rank.entry(c.rank).or_default().push(c.suit);
    }
    for (rank, s) in &by_rank {
        println!("{rank:>2}: {s:?}");
    }
    let sorted: BTreeSet<Card> = hand.iter().copied().collect();
    println!("lowest {:?}", sorted.first());
    println!("highest {:?}", sorted.last());
    let pairs: Vec<u8> = by_rank.iter().filter(|(_, s)| s.len() > 1).map(|(r, _)| *r).collect();
    println!("pairs of {:?}", pairs);
    println!("queen of hearts? {}", sorted.contains(&Card { rank: 12, suit: Suit::Hearts }));
    println!("{}", by_rank[&3].len());
    println!("{}", by_rank[&4].len());
}
