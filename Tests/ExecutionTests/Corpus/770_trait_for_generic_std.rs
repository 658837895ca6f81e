use std::fmt::Display;

trait Describe {
    fn describe(&self) -> String;
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("int {}", self)
    }
}

impl Describe for String {
    fn describe(&self) -> String {
        format!("text '{}' ({} bytes)", self, self.len())
    }
}

impl<T: Describe> Describe for Vec<T> {
    fn describe(&self) -> String {
        self.iter().map(|x| x.describe()).collect::<Vec<_>>().join(", ")
    }
}

impl<T: Display> Describe for Option<T> {
    fn describe(&self) -> String {
        match self {
            Some(v) => format!("some {}", v),
            None => String::from("nothing"),
        }
    }
}

fn show<D: Describe>(label: &str, item: &D) {
    println!("{}: {}", label, item.describe());
}

fn main() {
    let nums = vec![3, 1, 4];
    println!("{}", nums.describe());

    let words = vec![String::from("hi"), String::from("there")];
    show("words", &words);

    let nested = vec![vec![1, 2], vec![], vec![7]];
    println!("nested -> [{}]", nested.describe());

    let maybe: Option<f64> = Some(2.5);
    let nothing: Option<&str> = None;
    println!("{} / {}", maybe.describe(), nothing.describe());
    show("count", &42);

    let total: i32 = nums.iter().sum();
    println!("{}", total.describe());
    println!("capacity still {}", nums.capacity());
}
