fn main() {
    let mut maybe = Some(String::from("draft"));
    match &mut maybe {
        Some(s) => s.push_str(" v2"),
        None => {}
    }
    if let Some(s) = &maybe {
        println!("{}", s);
    }
}
