// A trait whose associated type borrows from the implementing struct, and a generic largest.
use std::fmt::Debug;
trait Source {
    type Item;
    fn items(&self) -> Vec<Self::Item>;
    fn pick(&self, i: usize) -> Self::Item;
}
struct Words<'a> {
    text: &'a str,
}
impl<'a> Source for Words<'a> {
    type Item = &'a str;
    fn items(&self) -> Vec<Self::Item> {
        self.text.split(' ').collect()
    }
    fn pick(&self, i: usize) -> Self::Item {
        let all: Vec<Self::Item> = self.items();
        all[i]
    }
}
#[derive(Debug, Clone, PartialEq, PartialOrd)]
struct Reading { celsius: f64 }
struct Sensor { log: Vec<Reading> }
impl Source for Sensor {
    type Item = Reading;
    fn items(&self) -> Vec<Reading> { self.log.clone() }
    fn pick(&self, i: usize) -> Reading { self.log[i].clone() }
}
fn largest<S>(s: &S) -> Option<S::Item>
where
    S: Source,
    S::Item: PartialOrd + Clone + Debug,
{
    let all = s.items();
    let mut best: Option<S::Item> = None;
    for x in all {
        best = match best {
            Some(b) if b >= x => Some(b),
            _ => Some(x),
        };
    }
    best
}
fn main() {
    let text = String::from("pear apple zebra fig");
    let w = Words { text: &text };
    let first = w.pick(0);
    println!("{} {:?}", first, largest(&w));
    let s = Sensor { log: vec![Reading { celsius: 3.5 }, Reading { celsius: 9.25 }] };
    println!("{:?} {:?}", largest(&s), Source::pick(&s, 0));
}
