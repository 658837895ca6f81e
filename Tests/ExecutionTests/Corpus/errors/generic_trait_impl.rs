// A trait of the program's own implemented for a generic type.
use std::fmt;

struct Wrapper<T> {
    value: T,
}

trait Describe {
    fn describe(&self) -> String;
}

impl<T: fmt::Display> Describe for Wrapper<T> {
    fn describe(&self) -> String {
        format!("[{}]", self.value)
    }
}

fn main() {
    let w = Wrapper { value: 5 };
    println!("{}", w.describe());
}
