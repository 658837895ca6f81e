struct Counter {
    count: u32,
}

impl Counter {
    fn inc(&mut self) -> &mut Counter {
        self.count += 1;
        self
    }
}

fn main() {
    let mut c = Counter { count: 0 };
    c.inc().inc().inc();
    println!("count = {}", c.count);
}
