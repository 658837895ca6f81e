// Display for a generic wrapper: a trait implemented for a generic type.
use std::fmt;

struct Wrapper<T> {
    value: T,
}

impl<T: fmt::Display> fmt::Display for Wrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.value)
    }
}

fn main() {
    let w = Wrapper { value: 5 };
    println!("{}", w);
}
