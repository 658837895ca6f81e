// Animals whose food type each impl chooses; the trait bounds it with Display + Clone.
use std::fmt::Display;
trait Animal {
    type Food: Display + Clone;
    fn name(&self) -> String;
    fn favourite(&self) -> Self::Food;
    fn describe(&self) -> String {
        let f = self.favourite();
        let g = f.clone();
        format!("{} likes {} and more {}", self.name(), f, g)
    }
}
#[derive(Clone)]
struct Bone { size: u8 }
impl Display for Bone {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "a bone of size {}", self.size)
    }
}
struct Dog;
struct Cat { lives: u8 }
impl Animal for Dog {
    type Food = Bone;
    fn name(&self) -> String { String::from("Rex") }
    fn favourite(&self) -> Bone { Bone { size: 3 } }
}
impl Animal for Cat {
    type Food = String;
    fn name(&self) -> String { format!("Tom ({} lives)", self.lives) }
    fn favourite(&self) -> String { String::from("fish") }
}
fn feed<A: Animal>(a: &A) -> A::Food {
    let food = a.favourite();
    println!("feeding {}: {}", a.name(), food);
    food
}
fn main() {
    println!("{}", Dog.describe());
    let c = Cat { lives: 9 };
    println!("{}", c.describe());
    let leftover = feed(&c);
    let b = feed(&Dog);
    println!("{} / {}", leftover, b.size);
}
