struct Ledger {
    entries: Vec<i32>,
}

impl Ledger {
    fn total(&self) -> i32 {
        let mut t = 0;
        for e in &self.entries {
            t += e;
        }
        t
    }
    fn record(&mut self, amount: i32) {
        self.entries.push(amount);
    }
}

fn main() {
    let mut l = Ledger { entries: vec![5, 7] };
    l.record(l.total());
    l.record(-l.total());
    println!("{:?}", l.entries);
}
