// `&'a self` and `&'a mut self` on a struct holding a borrow: what rustc lets through.
struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Parser<'a> {
        Parser { text, pos: 0 }
    }

    // Shared: the borrow of the parser may end before `'a` does (`Parser` is covariant).
    fn rest(&'a self) -> &'a str {
        &self.text[self.pos..]
    }

    fn peek(self: &'a Self) -> Option<char> {
        self.rest().chars().next()
    }

    fn finish(&'a mut self) {
        self.pos = self.text.len();
    }
}

fn main() {
    let line = String::from("abc def");
    let mut parser = Parser::new(&line);
    let rest = parser.rest();
    println!("rest: {}", rest);
    parser.pos = 4;
    println!("peek: {:?}", parser.peek());
    println!("rest: {}", parser.rest());
    // The parser is borrowed for good after `finish`, so it is not used again;
    // `line` is free once the parser is no longer used.
    parser.finish();
    println!("line: {}", line);
    // A new parser in the same variable starts with no borrow.
    parser = Parser::new(&line);
    parser.finish();
    println!("done");
}
