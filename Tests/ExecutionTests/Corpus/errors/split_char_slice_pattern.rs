fn main() {
    let ws: Vec<&str> = "a, b,c".split(&[',', ' '][..]).collect();
    println!("{ws:?}");
}
