fn main() {
    let names = [String::from("ada"), String::from("bob")];
    let first = names[0];
    println!("{} {}", first, names.len());
}
