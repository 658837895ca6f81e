// Looking something up through `&T` when T = &str still ties the two lifetimes together.
struct Seen<T> {
    items: Vec<T>,
}

impl<T: PartialEq> Seen<T> {
    fn check(&mut self, item: &T) -> bool {
        self.items.contains(item)
    }
}

fn main() {
    let mut seen = Seen { items: vec!["apple", "pear"] };
    {
        let guess = String::from("pear");
        println!("{}", seen.check(&guess.as_str()));
    }
    println!("{}", seen.items.len());
}
