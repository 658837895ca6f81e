use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Money {
    cents: i64,
}

impl Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        Money { cents: self.cents + other.cents }
    }
}

fn main() {
    let mut wallet = Money { cents: 1000 };
    let coin = Money { cents: 200 };
    wallet += coin;
    println!("{:?}", wallet);
}
