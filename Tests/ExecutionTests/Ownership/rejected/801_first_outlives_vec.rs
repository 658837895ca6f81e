struct Wrapper<'a, T> {
    items: &'a [T],
}

impl<'a, T> Wrapper<'a, T> {
    fn first(&self) -> Option<&'a T> {
        self.items.first()
    }
}

fn main() {
    let best;
    {
        let names = vec![String::from("ann"), String::from("bo")];
        let w = Wrapper { items: &names };
        best = w.first();
    }
    println!("{:?}", best);
}
