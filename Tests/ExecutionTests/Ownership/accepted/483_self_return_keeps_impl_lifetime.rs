// A tokenizer that borrows its input: `new` returns `Self`, which is `Lexer<'a>`.
struct Lexer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Self {
        Lexer { src, pos: 0 }
    }

    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    fn skip(self, n: usize) -> Option<Self> {
        if self.pos + n <= self.src.len() {
            Some(Lexer { src: self.src, pos: self.pos + n })
        } else {
            None
        }
    }
}

fn main() {
    let text = String::from("let x = 1");
    let lexer = Lexer::new(&text);
    let later = lexer.skip(4).unwrap();
    println!("[{}] at {}", later.rest(), later.pos);
}
