use std::fmt::Display;
use std::rc::Rc;

fn show<T: Display + Send>(x: T) {
    println!("{}", x);
}

fn main() {
    let shared = Rc::new(5);
    show(Rc::clone(&shared));
    println!("{}", shared);
}
