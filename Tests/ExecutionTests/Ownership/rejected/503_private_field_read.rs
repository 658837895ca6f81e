// Reading a field the module kept private.
mod library {
    pub struct Book {
        pub title: String,
        times_borrowed: u32,
    }

    impl Book {
        pub fn new(title: &str) -> Book {
            Book { title: title.to_string(), times_borrowed: 0 }
        }

        pub fn lend(&mut self) {
            self.times_borrowed += 1;
        }
    }
}

fn main() {
    let mut b = library::Book::new("Dune");
    b.lend();
    b.lend();
    println!("{} was borrowed {} times", b.title, b.times_borrowed);
}
