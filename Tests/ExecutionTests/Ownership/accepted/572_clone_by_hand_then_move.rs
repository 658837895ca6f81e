// The hand-written clone borrows only for the call: the original can move afterwards.
#[derive(Debug)]
struct Note {
    text: String,
}

impl Clone for Note {
    fn clone(&self) -> Self {
        Note { text: self.text.to_uppercase() }
    }
}

fn consume(n: Note) -> String {
    n.text
}

fn main() {
    let mut note = Note { text: String::from("hi") };
    let copy = note.clone();
    let r = &mut note;
    r.text.push('!');
    let taken = consume(note);
    println!("{} {:?}", taken, copy);
}
