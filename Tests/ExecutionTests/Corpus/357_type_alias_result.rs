// `type Result<T> = std::result::Result<T, ParseError>;` with `?` through it.
use std::fmt;

#[derive(Debug)]
enum ParseError {
    Empty,
    NotANumber(String),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ParseError::Empty => write!(f, "empty input"),
            ParseError::NotANumber(s) => write!(f, "`{}` is not a number", s),
        }
    }
}

type Result<T> = std::result::Result<T, ParseError>;

fn parse_one(s: &str) -> Result<i32> {
    let t = s.trim();
    if t.is_empty() {
        return Err(ParseError::Empty);
    }
    match t.parse::<i32>() {
        Ok(n) => Ok(n),
        Err(_) => Err(ParseError::NotANumber(t.to_string())),
    }
}

fn sum_all(items: &[&str]) -> Result<i32> {
    let mut total = 0;
    for item in items {
        total += parse_one(item)?;
    }
    Ok(total)
}

fn main() {
    println!("{:?}", sum_all(&["1", " 2", "3 "]));
    match sum_all(&["4", "x5", "6"]) {
        Ok(n) => println!("sum {}", n),
        Err(e) => println!("error: {}", e),
    }
    if let Err(e) = sum_all(&["7", "  "]) {
        println!("error: {}", e);
    }
}
