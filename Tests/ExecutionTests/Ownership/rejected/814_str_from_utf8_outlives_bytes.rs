// str::from_utf8 borrows the bytes: the &str cannot outlive the Vec it points into.
fn main() {
    let text;
    {
        let bytes = vec![104u8, 105];
        text = std::str::from_utf8(&bytes).unwrap();
    }
    println!("{}", text);
}
