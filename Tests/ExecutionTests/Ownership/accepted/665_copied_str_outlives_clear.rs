fn main() {
    let mut texts = vec![String::from("a")];
    let mut refs: Vec<&str> = Vec::new();
    refs.push(&texts[0]);
    let first: &str = *refs.first().unwrap();
    refs.clear();
    println!("{}", first);
    texts.push(String::from("b"));
}
