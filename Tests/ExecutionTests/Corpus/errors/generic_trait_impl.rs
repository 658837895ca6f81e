// A trait of the program's own implemented for a generic type, used as a trait object.
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
    let d: &dyn Describe = &w;
    println!("{}", d.describe());
}
