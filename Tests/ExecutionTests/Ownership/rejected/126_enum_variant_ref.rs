enum Token {
    Word(&str),
    Number(i64),
}

fn main() {
    let t = Token::Number(3);
    if let Token::Number(n) = t {
        println!("{}", n);
    }
}
