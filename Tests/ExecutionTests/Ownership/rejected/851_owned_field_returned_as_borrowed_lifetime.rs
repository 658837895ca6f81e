// A struct that borrows its title but owns its body: the body cannot be handed out as `'a`.
struct Note<'a> {
    title: &'a str,
    body: String,
}

impl<'a> Note<'a> {
    fn title(&self) -> &'a str {
        self.title
    }

    fn body(&self) -> &'a str {
        &self.body
    }
}

fn main() {
    let heading = String::from("Groceries");
    let note = Note { title: &heading, body: String::from("milk, eggs") };
    println!("{}: {}", note.title(), note.body());
}
