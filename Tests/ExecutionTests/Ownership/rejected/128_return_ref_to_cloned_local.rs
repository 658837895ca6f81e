struct Library {
    books: Vec<String>,
}

impl Library {
    fn newest(&self) -> &String {
        let copy = self.books.clone();
        &copy[copy.len() - 1]
    }
}

fn main() {
    let lib = Library { books: vec![String::from("Dune")] };
    println!("{}", lib.newest());
}
