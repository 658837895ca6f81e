// Display for an enum: match on self, write_str, and f.pad so widths work.
use std::fmt;

enum Suit {
    Hearts,
    Spades,
}

struct Card {
    rank: u8,
    suit: Suit,
}

impl fmt::Display for Suit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Suit::Hearts => f.pad("hearts"),
            Suit::Spades => f.pad("spades"),
        }
    }
}

impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.rank {
            1 => f.write_str("ace")?,
            11 => f.write_str("jack")?,
            n => write!(f, "{}", n)?,
        }
        write!(f, " of {}", self.suit)
    }
}

fn main() {
    let hand = vec![
        Card { rank: 1, suit: Suit::Spades },
        Card { rank: 7, suit: Suit::Hearts },
        Card { rank: 11, suit: Suit::Hearts },
    ];
    for card in &hand {
        println!("{}", card);
    }
    println!("[{:>10}] [{:<10}] [{:^10}]", Suit::Hearts, Suit::Spades, Suit::Hearts);
    println!("[{:*>9}] [{:.3}]", Suit::Spades, Suit::Hearts);
    println!("[{:>20}]", hand[0]);
    let names: Vec<String> = vec![hand[1].to_string(), hand[2].to_string()];
    for name in &names {
        println!("{} has capacity {}", name, name.capacity());
    }
    println!("Card is {} bytes, Suit is {}", std::mem::size_of::<Card>(), std::mem::size_of::<Suit>());
}
