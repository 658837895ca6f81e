struct Counter {
    items: Vec<i32>,
    total: i32,
}

impl Counter {
    fn bump(&mut self) {
        self.total += 1;
    }
}

fn main() {
    let mut c = Counter { items: vec![1, 2], total: 0 };
    let first = &c.items[0];
    c.bump();
    println!("{} {}", first, c.total);
}
