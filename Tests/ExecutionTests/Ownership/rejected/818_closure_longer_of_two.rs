fn main() {
    let longer = |a: &str, b: &str| if a.len() >= b.len() { a } else { b };
    let x = String::from("apple");
    let y = String::from("fig");
    println!("{}", longer(&x, &y));
}
