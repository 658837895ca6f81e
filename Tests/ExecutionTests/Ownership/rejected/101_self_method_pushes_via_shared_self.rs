struct Inventory {
    items: Vec<String>,
}

impl Inventory {
    fn add(&self, name: &str) {
        self.items.push(name.to_string());
    }
}

fn main() {
    let inv = Inventory { items: Vec::new() };
    inv.add("rope");
    println!("{}", inv.items.len());
}
