struct Holder<'a> {
    items: Vec<&'a str>,
}

impl<'a> Holder<'a> {
    fn add(&mut self, item: &str) {
        self.items.push(item);
    }
}

fn main() {
    let mut h = Holder { items: Vec::new() };
    h.add("one");
    println!("{:?}", h.items);
}
