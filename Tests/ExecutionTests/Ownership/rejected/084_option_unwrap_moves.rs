fn main() {
    let maybe: Option<String> = Some(String::from("value"));
    let inner = maybe.unwrap();
    if maybe.is_some() {
        println!("{}", inner);
    }
}
