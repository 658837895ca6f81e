// An error type of the program's own with no `impl From<ParseIntError>`: `?` cannot convert.
#[derive(Debug)]
enum InputError {
    Empty,
}

fn parse_count(text: &str) -> Result<usize, InputError> {
    if text.is_empty() {
        return Err(InputError::Empty);
    }
    let count = text.parse::<usize>()?;
    Ok(count)
}

fn main() {
    println!("{:?}", parse_count("7"));
}
