#[derive(Debug)]
enum Token<'a> {
    Word(&'a str),
    Number(i64),
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Parser<'a> {
        Parser { text, pos: 0 }
    }

    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    fn advance(&mut self, n: usize) {
        self.pos += n;
    }
}

fn main() {
    let source = String::from("hello 42");
    let mut p = Parser::new(&source);
    p.advance(6);
    let r = p.rest();
    p.advance(1);
    println!("{} {}", r, p.rest());
    let t = Token::Word(&source[0..5]);
    let n = Token::Number(42);
    println!("{:?} {:?}", t, n);
}
