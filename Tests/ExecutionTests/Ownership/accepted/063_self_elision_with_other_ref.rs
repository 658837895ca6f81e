struct Shelf {
    books: Vec<String>,
}

impl Shelf {
    fn find(&self, title: &str) -> Option<&String> {
        for b in &self.books {
            if b.as_str() == title {
                return Some(b);
            }
        }
        None
    }
}

fn main() {
    let shelf = Shelf { books: vec![String::from("Emma"), String::from("Dune")] };
    let found;
    {
        let query = String::from("Dune");
        found = shelf.find(query.as_str());
    }
    println!("{:?}", found);
}
