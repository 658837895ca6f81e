// A struct can lend out an iterator over its own data with `-> impl Iterator + '_`.
struct Library {
    titles: Vec<String>,
}

impl Library {
    fn new() -> Library {
        Library { titles: Vec::new() }
    }

    fn add(&mut self, title: &str) {
        self.titles.push(title.to_string());
    }

    // Every title, borrowed from the library.
    fn all(&self) -> impl Iterator<Item = &String> {
        self.titles.iter()
    }

    // Only the long titles; `min` is moved into the closure.
    fn long_ones(&self, min: usize) -> impl Iterator<Item = &String> + '_ {
        self.titles.iter().filter(move |t| t.len() >= min)
    }

    fn lengths(&self) -> impl Iterator<Item = usize> + '_ {
        self.titles.iter().map(|t| t.len())
    }
}

fn main() {
    let mut library = Library::new();
    library.add("Dune");
    library.add("Middlemarch");
    library.add("Emma");
    library.add("The Left Hand of Darkness");

    for title in library.all() {
        println!("- {title}");
    }

    let long: Vec<&String> = library.long_ones(6).collect();
    println!("long titles: {long:?} (capacity {})", long.capacity());

    let letters: usize = library.lengths().sum();
    println!("{} titles, {letters} letters in all", library.all().count());

    let longest = library.lengths().max();
    println!("longest title has {longest:?} letters");

    // Once the iterators are gone, the library can change again.
    library.add("Beloved");
    println!("now {} titles", library.titles.len());
}
