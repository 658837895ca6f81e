// String::from_utf8 keeps the Vec's buffer: the Vec is moved into it.
fn main() {
    let bytes = vec![104u8, 105];
    let text = String::from_utf8(bytes).unwrap();
    println!("{} from {:?}", text, bytes);
}
