fn main() {
    let a = String::from("alpha");
    let b = String::from("beta");
    let mut refs: Vec<&String> = Vec::new();
    refs.push(&a);
    refs.push(&b);
    for r in &refs {
        println!("{}", r);
    }
}
