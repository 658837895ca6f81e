// `&'a mut self` on a `Parser<'a>` borrows the parser for as long as it lives:
// the second call is a second mutable borrow.
struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Parser<'a> {
        Parser { text, pos: 0 }
    }

    fn skip(&'a mut self, n: usize) {
        self.pos += n;
    }
}

fn main() {
    let line = String::from("let x = 5;");
    let mut parser = Parser::new(&line);
    parser.skip(4);
    parser.skip(2);
    println!("{}", &parser.text[parser.pos..]);
}
