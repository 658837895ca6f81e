fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    let s: &String = v.get(0).unwrap();
    v.push(String::from("c"));
    println!("{}", s);
}
