fn main() {
    let mut s = String::from("ab");
    s.push_str(&s);
    println!("{}", s);
}
