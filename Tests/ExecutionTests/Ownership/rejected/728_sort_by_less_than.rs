fn main() {
    let mut names = vec![String::from("Zoe"), String::from("Al"), String::from("Bea")];
    names.sort_by(|a, b| a.len() < b.len());
    for n in &names {
        println!("{}", n);
    }
}
