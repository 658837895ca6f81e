// `fn first(&'a self) -> &'a str` ties the result to the parser itself:
// while `word` is used, the parser cannot change.
struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn rest(&'a self) -> &'a str {
        &self.text[self.pos..]
    }
}

fn main() {
    let source = String::from("hello world");
    let mut parser = Parser { text: &source, pos: 0 };
    let word = parser.rest();
    parser.pos = 6;
    println!("{} / {}", word, parser.rest());
}
