// The &str from str::from_utf8 is last used before the Vec changes: no conflict.
fn main() {
    let mut bytes = vec![104u8, 105];
    let text = std::str::from_utf8(&bytes).unwrap();
    println!("{}", text);
    bytes.push(b'!');
    let owned = String::from_utf8(bytes).unwrap();
    println!("{}", owned);
}
