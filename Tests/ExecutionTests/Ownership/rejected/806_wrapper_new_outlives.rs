use std::fmt::Display;

struct Wrapper<'a, T> {
    items: &'a [T],
}

impl<'a, T: Display> Wrapper<'a, T> {
    fn new(items: &'a [T]) -> Self {
        Wrapper { items }
    }

    fn show(&self) {
        for item in self.items {
            println!("- {}", item);
        }
    }
}

fn main() {
    let list;
    {
        let names = vec![String::from("ada"), String::from("grace")];
        list = Wrapper::new(&names);
    }
    list.show();
}
