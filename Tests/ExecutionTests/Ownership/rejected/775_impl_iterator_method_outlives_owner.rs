struct Shelf {
    items: Vec<String>,
}

impl Shelf {
    fn titles(&self) -> impl Iterator<Item = &String> + '_ {
        self.items.iter()
    }
}

fn main() {
    let shelf = Shelf { items: vec![String::from("Dune")] };
    let titles = shelf.titles();
    drop(shelf);
    for t in titles {
        println!("{t}");
    }
}
