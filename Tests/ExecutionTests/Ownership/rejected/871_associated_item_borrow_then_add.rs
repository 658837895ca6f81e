trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn add(&mut self, item: Self::Item);
}

struct Inventory {
    items: Vec<String>,
}

impl Container for Inventory {
    type Item = String;
    fn get(&self, i: usize) -> Option<&String> {
        self.items.get(i)
    }
    fn add(&mut self, item: String) {
        self.items.push(item);
    }
}

fn first_of<C: Container>(c: &C) -> Option<&C::Item> {
    c.get(0)
}

fn main() {
    let mut inv = Inventory { items: vec![String::from("rope")] };
    let first = first_of(&inv);
    inv.add(String::from("lamp"));
    println!("{:?}", first);
}
