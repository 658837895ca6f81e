// `parse::<u8>()` already says its error is ParseIntError, so an annotation
// with a String error is a plain mismatch at the call.
fn main() {
    let input = "42";
    let value: Result<u8, String> = input.parse::<u8>();
    match value {
        Ok(n) => println!("{}", n),
        Err(e) => println!("{}", e),
    }
}
