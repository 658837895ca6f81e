use std::num::ParseIntError;
#[derive(Debug)]
enum ReadError {
    Number(ParseIntError),
}
impl From<ParseIntError> for ReadError {
    fn from(e: ParseIntError) -> Self {
        ReadError::Number(e)
    }
}
fn read_price(s: &str) -> Result<f64, ReadError> {
    let whole: i32 = s.parse()?;
    let exact: f64 = s.parse()?;
    Ok(exact + whole as f64)
}
fn main() {
    println!("{:?}", read_price("3"));
}
