struct Lexer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn restart(&self, other: &str) -> Self {
        Lexer { src: other, pos: 0 }
    }
}

fn main() {
    let l = Lexer { src: "hi", pos: 0 };
    let m = l.restart("yo");
    println!("{} {}", m.src, m.pos);
}
