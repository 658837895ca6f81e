// Closures inside methods use `self`'s fields.
struct Gradebook {
    pass_mark: u32,
    bonus: u32,
    scores: Vec<u32>,
    log: Vec<String>,
}

impl Gradebook {
    fn passed(&self) -> Vec<u32> {
        self.scores.iter().filter(|s| **s >= self.pass_mark).cloned().collect()
    }

    fn add_bonus(&mut self) {
        self.scores.iter_mut().for_each(|s| *s += self.bonus);
    }

    fn record(&mut self, names: &[&str]) {
        let mut note = |name: &str| {
            self.log.push(format!("{} checked", name));
        };
        for name in names {
            note(name);
        }
        println!("{} entries, pass mark {}", self.log.len(), self.pass_mark);
    }

    fn best(&self) -> Option<u32> {
        let above = |s: &&u32| **s > self.pass_mark;
        self.scores.iter().filter(above).max().copied()
    }
}

fn main() {
    let mut book = Gradebook { pass_mark: 50, bonus: 5, scores: vec![40, 48, 70, 55], log: Vec::new() };
    println!("{:?}", book.passed());
    book.add_bonus();
    println!("{:?}", book.scores);
    println!("{:?}", book.passed());
    book.record(&["ann", "bob"]);
    println!("{:?}", book.log);
    println!("{:?}", book.best());
}
