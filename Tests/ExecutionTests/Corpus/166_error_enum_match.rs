#[derive(Debug)]
enum InputError {
    Empty,
    NotANumber(String),
    OutOfRange(i64),
}

fn read_percent(text: &str) -> Result<u8, InputError> {
    if text.is_empty() {
        return Err(InputError::Empty);
    }
    let value: i64 = match text.parse() {
        Ok(v) => v,
        Err(_) => return Err(InputError::NotANumber(text.to_string())),
    };
    if value < 0 || value > 100 {
        return Err(InputError::OutOfRange(value));
    }
    Ok(value as u8)
}

fn main() {
    for text in ["55", "", "abc", "250", "100"] {
        let result = read_percent(text);
        match &result {
            Ok(p) => println!("{}% ok", p),
            Err(InputError::Empty) => println!("nothing typed"),
            Err(InputError::NotANumber(s)) => println!("{} is not a number", s),
            Err(InputError::OutOfRange(v)) => println!("{} is out of range", v),
        }
        println!("  {:?}", result);
    }
    println!("{}", std::mem::size_of::<Result<u8, InputError>>());
}
