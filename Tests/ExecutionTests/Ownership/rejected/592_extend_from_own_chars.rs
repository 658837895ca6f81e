fn main() {
    let mut s = String::from("ab");
    s.extend(s.chars());
    println!("{}", s);
}
