fn main() {
    let s = "hello world".to_string();
    let r = &s;
    println!("{} has {} bytes", r, s.len());
}
