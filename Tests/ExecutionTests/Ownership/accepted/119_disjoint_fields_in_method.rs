struct Basket {
    items: Vec<String>,
    count: usize,
}

impl Basket {
    fn recount(&mut self) {
        let items = &self.items;
        self.count = 0;
        for _ in items {
            self.count += 1;
        }
    }
}

fn main() {
    let mut b = Basket { items: vec![String::from("a"), String::from("b")], count: 0 };
    b.recount();
    println!("{}", b.count);
}
