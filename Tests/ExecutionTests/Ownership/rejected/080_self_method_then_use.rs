struct Order {
    items: Vec<String>,
}

impl Order {
    fn finish(self) -> usize {
        self.items.len()
    }
}

fn main() {
    let o = Order { items: vec![String::from("tea")] };
    let n = o.finish();
    println!("{} {}", n, o.items.len());
}
