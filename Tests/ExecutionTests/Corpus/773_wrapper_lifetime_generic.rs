use std::fmt::Display;

struct Wrapper<'a, T> {
    items: &'a [T],
    name: &'a str,
}

impl<'a, T: Display> Wrapper<'a, T> {
    fn new(name: &'a str, items: &'a [T]) -> Self {
        Wrapper { items, name }
    }

    fn show(&self) {
        print!("{}:", self.name);
        for item in self.items {
            print!(" {}", item);
        }
        println!();
    }

    fn first(&self) -> Option<&'a T> {
        self.items.first()
    }

    fn last_two(&self) -> &'a [T] {
        let n = self.items.len();
        if n < 2 { self.items } else { &self.items[n - 2..] }
    }
}

fn longest_name<'a, T>(a: &Wrapper<'a, T>, b: &Wrapper<'a, T>) -> &'a str {
    if a.name.len() >= b.name.len() { a.name } else { b.name }
}

fn main() {
    let numbers = vec![10, 20, 30, 40];
    let words = [String::from("apple"), String::from("kiwi")];

    let first_num;
    {
        let w = Wrapper::new("numbers", &numbers);
        w.show();
        first_num = w.first();
        println!("last two: {:?}", w.last_two().len());
    }
    println!("first survives the wrapper: {:?}", first_num);

    let fruit = Wrapper::new("fruit", &words);
    fruit.show();
    match fruit.first() {
        Some(f) => println!("first fruit {} has {} letters", f, f.len()),
        None => println!("no fruit"),
    }

    let no_prices: Vec<f64> = Vec::new();
    let empty = Wrapper::new("none", &no_prices);
    empty.show();
    println!("empty first: {:?}", empty.first());

    let other = Wrapper::new("more fruit", &words[1..]);
    println!("longer name: {}", longest_name(&fruit, &other));
    println!("size of Wrapper: {}", std::mem::size_of::<Wrapper<i32>>());
}
