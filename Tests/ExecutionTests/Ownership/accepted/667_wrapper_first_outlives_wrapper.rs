struct Wrapper<'a, T> {
    items: &'a [T],
}

impl<'a, T: PartialOrd> Wrapper<'a, T> {
    fn largest(&self) -> Option<&'a T> {
        let mut best = self.items.first()?;
        for item in self.items {
            if item > best {
                best = item;
            }
        }
        Some(best)
    }
}

fn pick<'a>(values: &'a [i32]) -> Option<&'a i32> {
    let w = Wrapper { items: values };
    w.largest()
}

fn main() {
    let values = vec![4, 9, 2];
    let top = pick(&values);
    let words = ["pear", "fig"];
    let w = Wrapper { items: &words[..] };
    let top_word = w.largest();
    drop(w);
    println!("{:?} {:?}", top, top_word);
}
