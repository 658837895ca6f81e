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
fn main() {
    let mut inv = Inventory { items: Vec::new() };
    let name = String::from("rope");
    inv.add(name);
    println!("{}", name);
}
