fn main() {
    let a = String::from("apple");
    let b = String::from("banana");
    let mut pick = &a;
    if b.len() > a.len() {
        pick = &b;
    }
    println!("{}", pick);
}
