fn main() {
    let boxed = Box::new(String::from("inside"));
    let s = *boxed;
    let mut owned = s;
    owned.push_str(" and out");
    println!("{}", owned);
}
