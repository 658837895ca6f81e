// A small tokenizer that looks one character ahead with peekable().
#[derive(Debug)]
enum Token {
    Number(i64),
    Plus,
    Minus,
    Star,
    LParen,
    RParen,
}

fn tokenize(input: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = input.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut value = 0;
            while let Some(&d) = chars.peek() {
                if d.is_ascii_digit() {
                    value = value * 10 + d.to_digit(10).unwrap() as i64;
                    chars.next();
                } else {
                    break;
                }
            }
            tokens.push(Token::Number(value));
        } else if c == ' ' {
            chars.next();
        } else {
            let token = match c {
                '+' => Token::Plus,
                '-' => Token::Minus,
                '*' => Token::Star,
                '(' => Token::LParen,
                ')' => Token::RParen,
                other => panic!("unexpected character {:?}", other),
            };
            tokens.push(token);
            chars.next();
        }
    }
    tokens
}

fn sum_of_numbers(tokens: &[Token]) -> i64 {
    let mut total = 0;
    for token in tokens {
        if let Token::Number(n) = token {
            total += n;
        }
    }
    total
}

fn main() {
    let tokens = tokenize("12 + (3 * 45) - 6");
    println!("{} tokens, numbers add up to {}", tokens.len(), sum_of_numbers(&tokens));
    for token in &tokens {
        println!("{:?}", token);
    }

    let nums = vec![1, 1, 2, 3, 3, 3, 4];
    let mut it = nums.iter().peekable();
    while let Some(n) = it.next() {
        let mut count = 1;
        while it.peek() == Some(&n) {
            it.next();
            count += 1;
        }
        println!("{} appears {} time(s)", n, count);
    }
    println!("peekable size: {}", std::mem::size_of_val(&it));

    let bad = tokenize("7 / 2");
    println!("{:?}", bad);
}
