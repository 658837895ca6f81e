fn main() {
    let v = vec!["a", "b", "c"];
    let mut w = v.iter().peekable();
    let first: &str = w.peek().unwrap();
    w.next();
    let second = *w.peek().unwrap();
    w.next();
    println!("{} {}", first, second);
}
