use std::fmt::Display;
trait Animal {
    type Food: Display + Clone;
    fn favourite(&self) -> Self::Food;
    fn describe(&self) -> String {
        let f = self.favourite();
        let g = f.clone();
        format!("likes {} and {}", f, g)
    }
}
struct Pt { x: i32 }
struct Dog;
impl Animal for Dog {
    type Food = Pt;
    fn favourite(&self) -> Pt { Pt { x: 1 } }
}
fn main() {
    println!("{}", Dog.favourite().x);
}
