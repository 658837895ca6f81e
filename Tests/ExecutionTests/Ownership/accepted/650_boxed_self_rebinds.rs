// A `self: Box<Self>` method moves the box; binding its result again is fine.
struct Counter {
    n: u32,
}

impl Counter {
    fn bump(mut self: Box<Self>) -> Box<Counter> {
        self.n += 1;
        self
    }
    fn finish(self: Box<Self>) -> u32 {
        self.n * 2
    }
}

fn main() {
    let mut c = Box::new(Counter { n: 4 });
    c = c.bump();
    let c = c.bump();
    println!("{}", c.n);
    println!("{}", c.finish());
}
