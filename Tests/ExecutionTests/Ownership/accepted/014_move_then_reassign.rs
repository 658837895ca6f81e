fn main() {
    let mut s = String::from("first");
    let t = s;
    s = String::from("second");
    println!("{} {}", t, s);
}
