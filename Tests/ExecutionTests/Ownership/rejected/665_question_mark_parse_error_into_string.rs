// `?` converts the error with `From`, and `String` has no `From<ParseIntError>`.
fn read_age(text: &str) -> Result<u32, String> {
    let age: u32 = text.trim().parse()?;
    Ok(age)
}

fn main() {
    println!("{:?}", read_age("42"));
}
