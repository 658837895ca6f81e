use std::fmt::Display;

trait Describe {
    fn describe(&self) -> String;
    fn shout(&self) -> String {
        self.describe().to_uppercase()
    }
}

#[derive(Debug)]
struct Pair<T> {
    left: T,
    right: T,
}

impl<T> Pair<T> {
    fn new(left: T, right: T) -> Self {
        Pair { left, right }
    }
}

impl<T: Display> Describe for Pair<T> {
    fn describe(&self) -> String {
        format!("pair of {} and {}", self.left, self.right)
    }
}

struct Labelled<T> {
    label: String,
    value: T,
}

impl<T: Display + PartialOrd> Describe for Labelled<T> {
    fn describe(&self) -> String {
        format!("{} = {}", self.label, self.value)
    }
}

fn print_both<A: Describe, B: Describe>(a: &A, b: &B) {
    println!("1: {}", a.describe());
    println!("2: {}", b.describe());
}

fn loudest<D: Describe>(item: &D) -> String {
    item.shout()
}

fn main() {
    let p = Pair::new(1, 2);
    let q = Pair::new("left", "right");
    let r = Pair { left: 1.5, right: -0.25 };
    println!("{}", p.describe());
    println!("{}", loudest(&q));
    println!("{:?}", r);

    let score = Labelled { label: String::from("score"), value: 99u8 };
    println!("{}", score.shout());

    print_both(&p, &score);
    print_both(&r, &Pair::new(String::from("a"), String::from("b")));
    println!("size of Pair<i32>: {}", std::mem::size_of::<Pair<i32>>());
    println!("size of Labelled<u8>: {}", std::mem::size_of::<Labelled<u8>>());
}
