#[derive(Debug, Clone, Copy)]
struct Money {
    cents: i64,
}

fn main() {
    let price = Money { cents: 250 };
    let tip = Money { cents: 50 };
    let total = price + tip;
    println!("{:?}", total);
}
