// My own error type; `?` turns the library's errors into it through From.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum InputError {
    Empty,
    BadNumber(ParseIntError),
    TooBig(u32),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            InputError::Empty => write!(f, "nothing typed"),
            InputError::BadNumber(e) => write!(f, "not a number ({})", e),
            InputError::TooBig(n) => write!(f, "{} is more than 100", n),
        }
    }
}

impl From<ParseIntError> for InputError {
    fn from(e: ParseIntError) -> Self {
        println!("  (converting a ParseIntError)");
        InputError::BadNumber(e)
    }
}

fn read_percent(text: &str) -> Result<u32, InputError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(InputError::Empty);
    }
    let n: u32 = text.parse()?;
    if n > 100 {
        return Err(InputError::TooBig(n));
    }
    Ok(n)
}

fn add_percents(a: &str, b: &str) -> Result<u32, InputError> {
    let total = read_percent(a)? + read_percent(b)?;
    Ok(total)
}

fn parse_twice(s: &str) -> Result<i64, InputError> {
    let x = s.parse::<i64>()?;
    Ok(x * 2)
}

fn main() {
    for input in ["42", "  7 ", "", "abc", "250", "-1"] {
        match read_percent(input) {
            Ok(n) => println!("{:?}: {}%", input, n),
            Err(e) => println!("{:?}: error: {}", input, e),
        }
    }
    println!("{:?}", add_percents("30", "40"));
    match add_percents("30", "forty") {
        Ok(n) => println!("sum {n}"),
        Err(e) => println!("sum failed: {e}"),
    }
    println!("{:?}", parse_twice("21"));
    if let Err(e) = parse_twice("x21") {
        println!("{:?}", e);
    }
}
