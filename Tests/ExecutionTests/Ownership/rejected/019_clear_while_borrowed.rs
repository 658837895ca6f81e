fn main() {
    let mut s = String::from("hello world");
    let r = &s;
    s.clear();
    println!("{}", r);
}
