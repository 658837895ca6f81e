use std::fmt;

struct Wrapper<T> {
    value: T,
}

impl<T: fmt::Display> fmt::Display for Wrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.value)
    }
}

struct Secret;

fn main() {
    let hidden = Wrapper { value: Secret };
    let text = hidden.to_string();
    println!("{}", text);
}
