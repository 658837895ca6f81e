// String::from_utf8 takes the Vec by value: a borrowed slice is the wrong type.
fn main() {
    let bytes = vec![104u8, 105];
    let text = String::from_utf8(&bytes).unwrap();
    println!("{} {:?}", text, bytes);
}
