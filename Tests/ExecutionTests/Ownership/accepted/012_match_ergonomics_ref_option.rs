fn main() {
    let name: Option<String> = Some(String::from("Ferris"));
    match &name {
        Some(s) => println!("hello {}", s),
        None => println!("nobody"),
    }
    println!("still have {:?}", name);
}
