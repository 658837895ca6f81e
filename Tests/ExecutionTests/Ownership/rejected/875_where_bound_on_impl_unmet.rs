use std::fmt::Display;
struct Pair<T> { a: T, b: T }
impl<T> Pair<T>
where
    T: PartialOrd + Display,
{
    fn largest(&self) -> &T { if self.a > self.b { &self.a } else { &self.b } }
}
struct Blob;
fn main() {
    let p = Pair { a: Blob, b: Blob };
    p.largest();
}
