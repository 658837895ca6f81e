fn main() {
    let mut s = String::from("a");
    let mut add = |t: &str| s.push_str(t);
    add("b");
    let r = &s;
    add("c");
    println!("{r}");
}
