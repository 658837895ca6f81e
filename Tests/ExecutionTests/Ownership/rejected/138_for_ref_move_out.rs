fn main() {
    let names = vec![String::from("x"), String::from("y")];
    let mut owned: Vec<String> = Vec::new();
    for n in &names {
        owned.push(*n);
    }
    println!("{}", owned.len());
}
