fn main() {
    let maybe = Some(&String::from("found"));
    if let Some(s) = maybe {
        println!("{}", s);
    }
}
