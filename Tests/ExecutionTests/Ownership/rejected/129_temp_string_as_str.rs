fn main() {
    let s: &str = String::from("a").as_str();
    let n = s.len();
    println!("{s} {n}");
}
