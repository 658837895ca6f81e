struct Wrapper<'a, T> {
    items: &'a [T],
    shown: usize,
}

impl<'a, T: std::fmt::Debug + PartialEq> Wrapper<'a, T> {
    fn replace(&mut self, items: &'a [T]) {
        self.items = items;
    }

    fn count_matches(&mut self, other: &[T]) -> usize {
        self.shown += 1;
        self.items.iter().filter(|x| other.contains(x)).count()
    }
}

fn main() {
    let first = vec![1, 2];
    let second = vec![2, 3, 4];
    let mut w = Wrapper { items: &first, shown: 0 };
    w.replace(&second);
    {
        let probe = vec![3, 9];
        println!("{} matches", w.count_matches(&probe));
    }
    println!("{:?} shown {}", w.items, w.shown);
}
