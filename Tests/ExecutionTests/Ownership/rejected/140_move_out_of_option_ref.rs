fn main() {
    let slot: Option<String> = Some(String::from("gem"));
    let r = &slot;
    let inner = match *r {
        Some(s) => s,
        None => String::new(),
    };
    println!("{}", inner);
}
