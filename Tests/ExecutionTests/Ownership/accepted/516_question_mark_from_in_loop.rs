// `?` converts the error and returns early; the Vec borrowed in the loop stays usable.
use std::num::ParseIntError;
#[derive(Debug)]
struct LineError {
    line: usize,
    cause: String,
}
impl From<ParseIntError> for LineError {
    fn from(e: ParseIntError) -> Self {
        LineError { line: 0, cause: e.to_string() }
    }
}
fn total(lines: &Vec<String>) -> Result<i32, LineError> {
    let mut sum = 0;
    for line in lines {
        let n: i32 = line.parse()?;
        sum += n;
    }
    Ok(sum)
}
fn main() {
    let mut lines = vec![String::from("4"), String::from("5")];
    println!("{:?}", total(&lines));
    lines.push(String::from("six"));
    match total(&lines) {
        Ok(n) => println!("{n}"),
        Err(e) => println!("line {} failed: {}", e.line, e.cause),
    }
    println!("{}", lines.len());
}
