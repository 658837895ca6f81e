use std::error::Error;

fn check(n: i32) -> Result<i32, Box<dyn Error>> {
    if n < 0 {
        return Err(Box::new(n));
    }
    Ok(n)
}

fn main() {
    println!("{:?}", check(4).is_ok());
}
