// A tokenizer built on `Peekable<Chars>`: `next_if` and `next_if_eq` take the next item only
// when it fits, leaving it peeked otherwise.
#[derive(Debug)]
enum Token {
    Number(u32),
    Word(String),
    Op(char),
}

fn tokenize(src: &str) -> Vec<Token> {
    let mut it = src.chars().peekable();
    let mut tokens = Vec::new();
    while let Some(c) = it.next() {
        if c.is_ascii_digit() {
            let mut n = c.to_digit(10).unwrap();
            while let Some(d) = it.next_if(|ch| ch.is_ascii_digit()) {
                n = n * 10 + d.to_digit(10).unwrap();
            }
            tokens.push(Token::Number(n));
        } else if c.is_alphabetic() {
            let mut word = c.to_string();
            while let Some(l) = it.next_if(|ch| ch.is_alphanumeric()) {
                word.push(l);
            }
            tokens.push(Token::Word(word));
        } else if c == '=' && it.next_if_eq(&'=').is_some() {
            tokens.push(Token::Op('≡'));
        } else if !c.is_whitespace() {
            tokens.push(Token::Op(c));
        }
    }
    tokens
}

fn main() {
    println!("{:?}", tokenize("x1 = 42+y == 7"));
    let mut nums = (1..10).peekable();
    let mut small = Vec::new();
    while let Some(n) = nums.next_if(|&n| n < 4) {
        small.push(n);
    }
    println!("{small:?} then {:?}", nums.peek());
}
