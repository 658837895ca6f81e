use std::fmt::Display;

// The struct asks for Display; the impl forgets to say so.
struct Labelled<T: Display> {
    label: String,
    value: T,
}

impl<T> Labelled<T> {
    fn value(&self) -> &T {
        &self.value
    }
}

fn main() {
    let l = Labelled { label: String::from("n"), value: 3 };
    println!("{} {}", l.label, l.value());
}
