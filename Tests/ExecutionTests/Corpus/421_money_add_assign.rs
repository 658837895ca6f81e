// Money in cents with += and -=, and a bill that owns its label.
use std::ops::{Add, AddAssign, SubAssign};

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Money {
    cents: i64,
}

impl Money {
    fn new(euros: i64, cents: i64) -> Money {
        Money { cents: euros * 100 + cents }
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, other: Money) {
        self.cents += other.cents;
    }
}

impl SubAssign for Money {
    fn sub_assign(&mut self, other: Money) {
        self.cents -= other.cents;
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        Money { cents: self.cents + other.cents }
    }
}

// Not Copy: adding two bills moves them into the sum.
#[derive(Debug)]
struct Bill {
    label: String,
    total: Money,
}

impl Add for Bill {
    type Output = Bill;
    fn add(self, other: Bill) -> Bill {
        let mut label = self.label;
        label.push_str(" + ");
        label.push_str(&other.label);
        Bill { label, total: self.total + other.total }
    }
}

fn main() {
    let mut wallet = Money::new(20, 0);
    let prices = [Money::new(3, 50), Money::new(1, 99), Money::new(7, 5)];
    for price in prices {
        wallet -= price;
        println!("paid {:?}, left {:?}", price, wallet);
    }
    wallet += Money::new(10, 0);
    println!("after payday: {} cents", wallet.cents);
    println!("rich? {}", wallet > Money::new(15, 0));

    let lunch = Bill { label: String::from("lunch"), total: Money::new(12, 40) };
    let coffee = Bill { label: String::from("coffee"), total: Money::new(2, 80) };
    let both = lunch + coffee;
    println!("{} = {} cents", both.label, both.total.cents);
    println!("label capacity {}", both.label.capacity());
    println!("{:?}", both);
}
