fn main() {
    let mut names = vec![String::from("zed"), String::from("amy")];
    if let Some(n) = names.first() {
        names.clear();
        println!("was {}", n);
    }
}
