fn main() {
    let s: &'static str = &String::from("temporary");
    println!("{}", s.len());
}
