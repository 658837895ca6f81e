// Display for a recursive cons list (declared after its impl) and for a struct holding a borrow.
use std::fmt;

impl fmt::Display for List {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            List::Cons(value, rest) => write!(f, "{} -> {}", value, rest),
            List::Nil => write!(f, "Nil"),
        }
    }
}

enum List {
    Cons(i32, Box<List>),
    Nil,
}

struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> fmt::Display for Excerpt<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "«{}»", self.part)
    }
}

fn main() {
    let list = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Nil))));
    println!("{}", list);
    let text = String::from("Call me Ishmael. Some years ago...");
    let first = text.split('.').next().unwrap();
    let e = Excerpt { part: first };
    println!("{e}");
}
