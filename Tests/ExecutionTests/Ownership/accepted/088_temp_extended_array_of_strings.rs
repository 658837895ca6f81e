fn main() {
    let first = &[String::from("red"), String::from("blue")][0];
    let len = first.len();
    println!("first colour: {} ({} letters)", first, len);
}
