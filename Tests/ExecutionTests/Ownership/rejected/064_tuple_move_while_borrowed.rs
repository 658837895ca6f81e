fn main() {
    let pair = (String::from("x"), 1);
    let left = &pair.0;
    let whole = pair;
    println!("{} {}", left, whole.1);
}
