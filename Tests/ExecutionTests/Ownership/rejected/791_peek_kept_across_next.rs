fn main() {
    let v = vec!["a", "b", "c"];
    let mut w = v.iter().peekable();
    let first = w.peek();
    w.next();
    println!("{:?}", first);
}
