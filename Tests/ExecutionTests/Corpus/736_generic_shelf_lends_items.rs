// A generic shelf whose methods lend out references with a lifetime of their own:
// the shelf stays borrowed for as long as the lent items are used.
struct Shelf<T> {
    items: Vec<T>,
}

impl<T: std::fmt::Debug + PartialOrd> Shelf<T> {
    fn top_or<'a>(&'a self, fallback: &'a T) -> &'a T {
        match self.items.last() {
            Some(item) => item,
            None => fallback,
        }
    }

    fn collect_above<'a>(&'a self, limit: &T, out: &mut Vec<&'a T>) {
        for item in &self.items {
            if item > limit {
                out.push(item);
            }
        }
    }
}

fn main() {
    let numbers = Shelf { items: vec![3, 9, 4, 12] };
    let spare = 0;
    println!("top: {}", numbers.top_or(&spare));

    let mut big = Vec::new();
    numbers.collect_above(&5, &mut big);
    println!("above 5: {:?}", big);

    let empty: Shelf<String> = Shelf { items: Vec::new() };
    let default = String::from("nothing here");
    let shown = empty.top_or(&default);
    println!("{} ({} bytes)", shown, shown.len());

    let mut words = Vec::new();
    let names = Shelf { items: vec![String::from("ant"), String::from("yak"), String::from("owl")] };
    names.collect_above(&String::from("b"), &mut words);
    println!("{:?}", words);
}
