// A tiny tokenizer: `matches!` to classify characters and tokens, and constants that
// belong to a type (`Lexer::MAX_TOKENS`, `Self::SEPARATOR`).

#[derive(Debug, PartialEq)]
enum Token {
    Number(u32),
    Word(String),
    Symbol(char),
}

struct Lexer {
    tokens: Vec<Token>,
}

impl Lexer {
    const MAX_TOKENS: usize = 8;
    const SEPARATOR: char = ' ';

    fn new() -> Lexer {
        Lexer { tokens: Vec::new() }
    }

    fn feed(&mut self, text: &str) {
        for piece in text.split(Self::SEPARATOR) {
            if self.tokens.len() == Self::MAX_TOKENS {
                println!("full after {} tokens", Lexer::MAX_TOKENS);
                return;
            }
            let first = piece.chars().next().unwrap_or(' ');
            let token = if matches!(first, '0'..='9') {
                Token::Number(piece.parse().unwrap_or(0))
            } else if matches!(first, 'a'..='z' | 'A'..='Z') {
                Token::Word(piece.to_string())
            } else {
                Token::Symbol(first)
            };
            self.tokens.push(token);
        }
    }
}

fn main() {
    let mut lexer = Lexer::new();
    lexer.feed("let x = 42 + y7 * 3");
    println!("{:?}", lexer.tokens);
    let words = lexer.tokens.iter().filter(|t| matches!(t, Token::Word(_))).count();
    let big = lexer.tokens.iter().filter(|t| matches!(t, Token::Number(n) if *n > 10)).count();
    println!("{} words, {} big numbers", words, big);
    lexer.feed("1 2 3 4");
    println!("{} tokens, last {:?}", lexer.tokens.len(), lexer.tokens.last());
}
