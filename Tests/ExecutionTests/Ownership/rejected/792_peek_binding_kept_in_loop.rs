fn main() {
    let v = vec!["one", "two", "three"];
    let mut it = v.iter().peekable();
    let mut out = Vec::new();
    while let Some(w) = it.peek() {
        it.next();
        out.push(w);
    }
    println!("{:?}", out);
}
