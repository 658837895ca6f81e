// The Rust Programming Language, 15.2: treating a smart pointer like a regular reference.
use std::ops::Deref;

struct MyBox<T>(T);

impl<T> MyBox<T> {
    fn new(x: T) -> MyBox<T> {
        MyBox(x)
    }
}

impl<T> Deref for MyBox<T> {
    type Target = T;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

fn hello(name: &str) {
    println!("Hello, {name}!");
}

fn main() {
    let x = 5;
    let y = MyBox::new(x);

    assert_eq!(5, x);
    assert_eq!(5, *y);
    println!("x = {}, *y = {}", x, *y);

    let m = MyBox::new(String::from("Rust"));
    hello(&m);
    // Without deref coercion we would have to write this:
    hello(&(*m)[..]);

    println!("m has {} bytes", m.len());
    println!("shouting: {}", m.to_uppercase());
    println!("starts with R? {}", m.starts_with('R'));

    let nested = MyBox::new(MyBox::new(3.5));
    println!("nested: {}", **nested * 2.0);
}
