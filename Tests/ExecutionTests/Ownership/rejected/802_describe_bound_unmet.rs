use std::fmt::Display;

trait Describe {
    fn describe(&self) -> String;
}

struct Pair<T> {
    left: T,
    right: T,
}

impl<T: Display> Describe for Pair<T> {
    fn describe(&self) -> String {
        format!("{} and {}", self.left, self.right)
    }
}

fn print_it<D: Describe>(item: &D) {
    println!("{}", item.describe());
}

fn main() {
    let ok = Pair { left: 1, right: 2 };
    print_it(&ok);
    let lists = Pair { left: vec![1], right: vec![2, 3] };
    print_it(&lists);
}
