use std::num::ParseIntError;

fn parse_and_double(text: &str) -> Result<i32, ParseIntError> {
    let n: i32 = text.parse()?;
    Ok(n * 2)
}

fn main() {
    let inputs = ["21", "-8", "", "4x", "3000000000", "+7"];
    for input in inputs {
        match parse_and_double(input) {
            Ok(v) => println!("{:?} doubled is {}", input, v),
            Err(e) => println!("{:?} failed: {} ({:?})", input, e, e),
        }
    }
    let small: Result<u8, _> = "300".parse::<u8>();
    println!("{:?}", small);
    let negative = "-1".parse::<u32>();
    println!("{:?}", negative);
    println!("ParseIntError is {} byte", std::mem::size_of::<ParseIntError>());
    println!("Result<i32, ParseIntError> is {} bytes", std::mem::size_of::<Result<i32, ParseIntError>>());
}
