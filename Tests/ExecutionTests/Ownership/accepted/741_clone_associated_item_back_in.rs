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
fn copy_first<C: Container>(c: &mut C) where C::Item: Clone {
    if let Some(x) = c.get(0) {
        let y = x.clone();
        c.add(y);
    }
}
fn main() {
    let mut inv = Inventory { items: vec![String::from("rope")] };
    let first = inv.get(0).cloned();
    copy_first(&mut inv);
    inv.add(String::from("lamp"));
    println!("{:?} {:?} {}", first, inv.get(1), inv.items.len());
}
