// Bounds written in where clauses on an impl, a trait impl and functions.
use std::fmt::{Debug, Display};

struct Pair<T> {
    a: T,
    b: T,
}

impl<T> Pair<T>
where
    T: PartialOrd + Display,
{
    fn largest(&self) -> &T {
        if self.a > self.b { &self.a } else { &self.b }
    }
}

trait Report {
    fn report(&self) -> String;
}

impl<T> Report for Pair<T>
where
    T: Debug,
{
    fn report(&self) -> String {
        format!("({:?}, {:?})", self.a, self.b)
    }
}

fn show_all<T>(items: &[T])
where
    T: Display + Clone,
{
    for it in items {
        let copy = it.clone();
        print!("{copy} ");
    }
    println!();
}

fn compare<A, B>(x: A, y: B) -> String
where
    A: Display,
    B: Debug + Clone,
{
    format!("{x} vs {:?}", y.clone())
}

fn main() {
    let p = Pair { a: 3, b: 9 };
    println!("{} {}", p.largest(), p.report());
    let q = Pair { a: "pear", b: "apple" };
    println!("{} {}", q.largest(), q.report());
    show_all(&[1.5, 2.25]);
    show_all(&vec![String::from("x"), String::from("y")]);
    println!("{}", compare(7, vec![1, 2]));
}
