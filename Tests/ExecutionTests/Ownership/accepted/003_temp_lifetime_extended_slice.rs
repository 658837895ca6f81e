fn main() {
    let n = 12345;
    let digits = &n.to_string()[1..3];
    println!("{}", digits);
}
