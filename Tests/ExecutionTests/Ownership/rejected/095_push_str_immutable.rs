fn main() {
    let s = String::from("hello");
    s.push_str(", world");
    println!("{}", s);
}
