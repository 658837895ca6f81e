struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn replace(&mut self, new_part: &str) {
        self.part = new_part;
    }
}

fn main() {
    let text = String::from("one two");
    let mut e = Excerpt { part: &text[0..3] };
    e.replace("three");
    println!("{}", e.part);
}
