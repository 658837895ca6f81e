fn main() {
    let mut name = String::from("old");
    let view = &name;
    name = String::from("new");
    println!("{}", view);
}
