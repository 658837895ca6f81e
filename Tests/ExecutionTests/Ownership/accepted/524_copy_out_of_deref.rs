use std::ops::Deref;

struct Wrapper<T> {
    inner: T,
}

impl<T> Deref for Wrapper<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.inner
    }
}

#[derive(Clone, Copy, Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let w = Wrapper { inner: Point { x: 1, y: 2 } };
    let p = *w;
    let x = w.x;
    let label = Wrapper { inner: String::from("origin") };
    let copy = (*label).clone();
    println!("{:?} {} {} {}", p, x + w.y, copy, label.len());
}
