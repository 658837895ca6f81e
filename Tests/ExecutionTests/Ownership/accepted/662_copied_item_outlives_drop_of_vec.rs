fn main() {
    let v = vec!["x", "y"];
    let mut it = v.iter();
    let s = *it.next().unwrap();
    drop(v);
    println!("{}", s);
}
