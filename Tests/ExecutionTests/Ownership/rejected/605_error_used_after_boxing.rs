use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct ParseError {
    line: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "bad input on line {}", self.line)
    }
}

impl Error for ParseError {}

fn main() {
    let err = ParseError { line: 3 };
    let boxed: Box<dyn Error> = Box::new(err);
    println!("{}", boxed);
    println!("line was {}", err.line);
}
