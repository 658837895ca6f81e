// A struct that keeps borrowed words: a word made inside a block cannot stay behind.
struct Bookmarks<'a> {
    titles: Vec<&'a str>,
}

impl<'a> Bookmarks<'a> {
    fn add(&mut self, title: &'a str) {
        self.titles.push(title);
    }
}

fn main() {
    let mut marks = Bookmarks { titles: Vec::new() };
    marks.add("Home");
    {
        let typed = String::from("Rust book");
        marks.add(typed.as_str());
    }
    println!("{} bookmarks: {:?}", marks.titles.len(), marks.titles);
}
