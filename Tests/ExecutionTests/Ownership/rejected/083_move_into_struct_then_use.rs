struct Note {
    body: String,
}

fn main() {
    let text = String::from("remember");
    let note = Note { body: text };
    println!("{} {}", note.body, text);
}
