struct Wrapper<'a, T> {
    items: &'a [T],
}

impl<'a, T: std::fmt::Display> Wrapper<'a, T> {
    fn show(&self) {
        for item in self.items {
            print!("{} ", item);
        }
        println!();
    }
}

fn main() {
    let w;
    {
        let scores = vec![90, 85, 77];
        w = Wrapper { items: &scores };
        w.show();
    }
    w.show();
}
