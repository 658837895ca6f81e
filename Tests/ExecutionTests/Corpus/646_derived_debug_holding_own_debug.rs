// A derived Debug whose fields have a hand-written Debug: the derive calls the field's own
// fmt, in field order, with the same formatter options (so `{:#?}` indents it too).
use std::fmt;

struct Money {
    cents: u64,
}

impl fmt::Debug for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "${}.{:02}", self.cents / 100, self.cents % 100)
    }
}

#[derive(Debug)]
struct Item {
    name: String,
    price: Money,
}

#[derive(Debug)]
struct Receipt(Vec<Item>, Money);

fn main() {
    let coffee = Item { name: String::from("coffee"), price: Money { cents: 350 } };
    println!("{:?}", coffee);
    let bagel = Item { name: String::from("bagel"), price: Money { cents: 1205 } };
    let total = Money { cents: coffee.price.cents + bagel.price.cents };
    let receipt = Receipt(vec![coffee, bagel], total);
    println!("{:?}", receipt);
    println!("{:#?}", receipt);
    let best = receipt.0.iter().max_by_key(|item| item.price.cents);
    println!("priciest: {:?}", best);
    for item in &receipt.0 {
        println!("{} costs {} cents of {}", item.name, item.price.cents, receipt.1.cents);
    }
}
