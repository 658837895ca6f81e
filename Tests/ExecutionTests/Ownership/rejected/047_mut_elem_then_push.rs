fn main() {
    let mut names = vec![String::from("a")];
    let first = &mut names[0];
    names.push(String::from("b"));
    first.push_str("!");
}
