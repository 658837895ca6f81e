// Classifying bytes and chars with the is_ascii_* family and to_ascii_uppercase.
fn main() {
    let text = "Ab1 _\t\x0b9z!";
    let bytes = text.as_bytes();
    let digits = bytes.iter().filter(|b| b.is_ascii_digit()).count();
    println!("digits {}", digits);
    for b in bytes {
        print!("{}{}{} ", b.is_ascii_alphanumeric() as u8, b.is_ascii_whitespace() as u8, b.to_ascii_uppercase());
    }
    println!();
    for c in text.chars() {
        print!("{}{} ", c.is_ascii_alphanumeric(), c.is_ascii_whitespace());
    }
    println!();
    let b: u8 = b'q';
    println!("{} {} {}", b.is_ascii_lowercase(), b.to_ascii_uppercase() as char, b'7'.is_ascii_punctuation());
}
