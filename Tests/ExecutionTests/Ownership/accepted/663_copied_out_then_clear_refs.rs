fn main() {
    let owned = vec![String::from("a"), String::from("b")];
    let mut names: Vec<&String> = owned.iter().collect();
    let n: &String = *names.first().unwrap();
    names.clear();
    println!("{} {}", n, names.len());
}
