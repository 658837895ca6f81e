struct Bag {
    items: Vec<String>,
}

impl Bag {
    fn add(&mut self, item: &String) {
        self.items.push(item.clone());
    }
}

fn main() {
    let mut bag = Bag { items: vec![String::from("pen")] };
    bag.add(&bag.items[0]);
    println!("{}", bag.items.len());
}
