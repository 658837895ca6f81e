trait Container {
    type Item;
    fn first(&self) -> Option<&Self::Item>;
}
struct Bag { items: Vec<i32> }
impl Container for Bag {
    type Item = i32;
    fn first(&self) -> Option<&i32> { self.items.first() }
}
fn main() {
    let b = Bag { items: vec![1, 2] };
    let x: Option<&String> = b.first();
    println!("{:?}", x);
}
