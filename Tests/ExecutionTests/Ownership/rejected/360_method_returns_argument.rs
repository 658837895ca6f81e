struct Book {
    title: String,
}

impl Book {
    fn title_or<'a>(&self, fallback: &'a str) -> &str {
        if self.title.is_empty() {
            fallback
        } else {
            &self.title
        }
    }
}

fn main() {
    let b = Book { title: String::new() };
    println!("{}", b.title_or("untitled"));
}
