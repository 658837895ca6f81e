// The &str from str::from_utf8 keeps the Vec borrowed while it is used.
fn main() {
    let mut bytes = vec![104u8, 105];
    let text = std::str::from_utf8(&bytes).unwrap();
    bytes.push(b'!');
    println!("{}", text);
}
