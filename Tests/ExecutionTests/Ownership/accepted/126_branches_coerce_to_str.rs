struct Book {
    title: String,
    author: Option<String>,
}

fn title_or<'a>(book: &'a Book, fallback: &'a str) -> &'a str {
    if book.title.is_empty() { fallback } else { &book.title }
}

impl Book {
    fn author_or_unknown(&self) -> &str {
        match &self.author {
            Some(name) => name,
            None => "unknown",
        }
    }
}

fn describe(s: &String) -> &str {
    &s
}

fn main() {
    let untitled = Book { title: String::new(), author: None };
    let named = Book { title: String::from("Dune"), author: Some(String::from("Herbert")) };
    println!("{} by {}", title_or(&untitled, "untitled"), untitled.author_or_unknown());
    println!("{} by {}", title_or(&named, "untitled"), named.author_or_unknown());
    println!("{}", describe(&named.title));
}
