// `where` clauses: the same bounds as `<T: …>`, written after the signature.
use std::fmt::{Debug, Display};

fn some_function<T, U>(t: &T, u: &U) -> i32
where
    T: Display + Clone,
    U: Clone + Debug,
{
    let copy = t.clone();
    println!("t = {}, copy = {}, u = {:?}", t, copy, u);
    1
}

struct Pair<T> {
    x: T,
    y: T,
}

impl<T> Pair<T> {
    fn new(x: T, y: T) -> Self {
        Self { x, y }
    }
}

impl<T> Pair<T>
where
    T: Display + PartialOrd,
{
    fn cmp_display(&self) {
        if self.x >= self.y {
            println!("The largest member is x = {}", self.x);
        } else {
            println!("The largest member is y = {}", self.y);
        }
    }
}

fn print_all<T>(items: &[T])
where
    T: Debug,
{
    for item in items {
        print!("{:?} ", item);
    }
    println!();
}

fn main() {
    let n = some_function(&5, &vec![1, 2]);
    println!("returned {}", n);
    Pair::new(3, 9).cmp_display();
    Pair::new(String::from("pear"), String::from("apple")).cmp_display();
    print_all(&[1.5, 2.5]);
    print_all(&["a", "b", "c"]);
}
