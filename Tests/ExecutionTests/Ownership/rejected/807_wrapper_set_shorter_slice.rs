struct Wrapper<'a, T> {
    items: &'a [T],
}

impl<'a, T: std::fmt::Debug> Wrapper<'a, T> {
    fn replace(&mut self, items: &'a [T]) {
        self.items = items;
    }

    fn show(&self) {
        println!("{:?}", self.items);
    }
}

fn main() {
    let first = vec![1, 2];
    let mut w = Wrapper { items: &first };
    w.show();
    {
        let second = vec![3, 4, 5];
        w.replace(&second);
        w.show();
    }
    w.show();
}
