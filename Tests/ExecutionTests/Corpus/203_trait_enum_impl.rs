// A trait implemented for an enum and for a struct holding it.
trait Describe {
    fn describe(&self) -> String;
    fn shout(&self) -> String {
        let mut s = self.describe();
        s.push('!');
        s
    }
}

enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter,
}

struct Purse {
    coins: Vec<Coin>,
}

impl Describe for Coin {
    fn describe(&self) -> String {
        match self {
            Coin::Penny => String::from("penny"),
            Coin::Nickel => String::from("nickel"),
            Coin::Dime => String::from("dime"),
            Coin::Quarter => String::from("quarter"),
        }
    }
}

impl Purse {
    fn cents(&self) -> u32 {
        let mut total = 0;
        for coin in &self.coins {
            total += match coin {
                Coin::Penny => 1,
                Coin::Nickel => 5,
                Coin::Dime => 10,
                Coin::Quarter => 25,
            };
        }
        total
    }
}

impl Describe for Purse {
    fn describe(&self) -> String {
        format!("a purse with {} coins worth {} cents", self.coins.len(), self.cents())
    }
}

fn main() {
    let purse = Purse { coins: vec![Coin::Quarter, Coin::Dime, Coin::Penny, Coin::Nickel] };
    for coin in &purse.coins {
        println!("{}", coin.describe());
    }
    println!("{}", purse.shout());
    println!("{}", Coin::Dime.shout());
}
