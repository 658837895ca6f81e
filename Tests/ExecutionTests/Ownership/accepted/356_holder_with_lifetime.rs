struct Holder<'a> {
    items: Vec<&'a str>,
    count: usize,
}

impl<'a> Holder<'a> {
    fn add(&mut self, item: &'a str) {
        self.items.push(item);
        self.count += 1;
    }

    fn note(&mut self, label: &str) {
        println!("{}: {}", label, self.count);
    }
}

fn main() {
    let first = String::from("one");
    let mut h = Holder { items: Vec::new(), count: 0 };
    h.add(&first);
    {
        let temporary = String::from("scratch");
        h.note(&temporary);
    }
    h.add("two");
    println!("{:?} {}", h.items, h.count);
}
