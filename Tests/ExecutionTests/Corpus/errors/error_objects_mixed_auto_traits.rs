// `dyn Error` both with and without `Send + Sync`: memtutor keeps one `dyn Error` type.
use std::error::Error;

fn parse(s: &str) -> Result<i32, Box<dyn Error>> {
    Ok(s.parse()?)
}

fn main() -> Result<(), Box<dyn Error + Send + Sync>> {
    let n = parse("4").map_err(|e| e.to_string())?;
    println!("{}", n);
    Ok(())
}
