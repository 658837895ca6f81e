use std::fmt::Display;
trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn size(&self) -> usize;
}
struct Pt { x: i32 }
struct Bag { items: Vec<Pt> }
impl Container for Bag {
    type Item = Pt;
    fn get(&self, i: usize) -> Option<&Pt> { self.items.get(i) }
    fn size(&self) -> usize { self.items.len() }
}
fn show<C>(c: &C)
where
    C: Container,
    C::Item: Display,
{
    for i in 0..c.size() {
        if let Some(x) = c.get(i) { println!("{x}"); }
    }
}
fn main() {
    let b = Bag { items: vec![Pt { x: 1 }] };
    println!("{}", b.items[0].x);
    show(&b);
}
