fn main() {
    let mut names = vec![String::from("ada")];
    let first = names[0].clone();
    names.push(first);
    names[1].push_str("2");
    println!("{:?}", names);
}
