// Add is written for &Money only, so adding two values has no impl.
use std::ops::Add;

#[derive(Debug)]
struct Money {
    cents: u64,
}

impl Add for &Money {
    type Output = Money;

    fn add(self, other: &Money) -> Money {
        Money { cents: self.cents + other.cents }
    }
}

fn main() {
    let rent = Money { cents: 120_000 };
    let food = Money { cents: 45_050 };
    let borrowed = &rent + &food;
    println!("{:?}", borrowed);
    let total = rent + food;
    println!("{:?}", total);
}
