// An inventory trait with an associated type: each container says what it holds.
use std::fmt::Display;

trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn add(&mut self, item: Self::Item);
    fn size(&self) -> usize;
    fn first(&self) -> Option<&Self::Item> {
        self.get(0)
    }
}

struct Shelf {
    books: Vec<String>,
}

struct Bins {
    counts: [u32; 4],
    used: usize,
}

impl Container for Shelf {
    type Item = String;
    fn get(&self, i: usize) -> Option<&String> {
        self.books.get(i)
    }
    fn add(&mut self, item: String) {
        self.books.push(item);
    }
    fn size(&self) -> usize {
        self.books.len()
    }
}

impl Container for Bins {
    type Item = u32;
    fn get(&self, i: usize) -> Option<&Self::Item> {
        if i < self.used { Some(&self.counts[i]) } else { None }
    }
    fn add(&mut self, item: Self::Item) {
        self.counts[self.used] = item;
        self.used += 1;
    }
    fn size(&self) -> usize {
        self.used
    }
}

fn show<C>(c: &C, label: &str)
where
    C: Container,
    C::Item: Display,
{
    for i in 0..c.size() {
        if let Some(x) = c.get(i) {
            println!("{label}[{i}] = {x}");
        }
    }
}

fn first_of<C: Container>(c: &C) -> Option<&C::Item> {
    c.first()
}

fn fill<C: Container>(c: &mut C, items: Vec<C::Item>) {
    for item in items {
        c.add(item);
    }
}

fn main() {
    let mut shelf = Shelf { books: Vec::new() };
    fill(&mut shelf, vec![String::from("Dune"), String::from("Emma")]);
    let mut bins = Bins { counts: [0; 4], used: 0 };
    bins.add(7);
    fill(&mut bins, vec![9, 12]);
    show(&shelf, "shelf");
    show(&bins, "bins");
    let book: Option<&String> = first_of(&shelf);
    println!("first book {:?}, first count {:?}", book, first_of(&bins));
    println!("sizes: {} and {}", shelf.size(), bins.size());
    println!("a Bins is {} bytes", std::mem::size_of::<Bins>());
}
