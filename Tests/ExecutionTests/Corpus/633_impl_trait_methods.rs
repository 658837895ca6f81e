// A method may return `impl Trait` too: callers see only the trait, the value is the type
// the body gives back (an i64 of 8 bytes, a String of 24).
use std::fmt::Display;

struct Ledger {
    entries: Vec<i64>,
    owner: String,
}

impl Ledger {
    fn new(owner: &str) -> Self {
        Ledger { entries: Vec::new(), owner: owner.to_string() }
    }

    fn record(&mut self, amount: i64) {
        self.entries.push(amount);
    }

    fn balance(&self) -> impl Display {
        self.entries.iter().sum::<i64>()
    }

    fn title(&self) -> impl Display + Clone {
        format!("{}'s ledger ({} entries)", self.owner, self.entries.len())
    }

    fn summary(&self) -> String {
        format!("{}: {}", self.title(), self.balance())
    }
}

fn main() {
    let mut l = Ledger::new("ana");
    for amount in [120, -45, 300, -80] {
        l.record(amount);
    }
    let b = l.balance();
    let t = l.title();
    println!("{} | balance {}", t.clone(), b);
    println!("sizes {} {}", std::mem::size_of_val(&b), std::mem::size_of_val(&t));
    println!("{}", l.summary());
}
