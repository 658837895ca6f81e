fn main() {
    let original = String::from("borrowed");
    let copy = &original.clone()[..4];
    println!("{} {}", copy, original);
}
