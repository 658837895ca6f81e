// Taking a word out of `peek()` and keeping it while the iterator moves on.
fn main() {
    let words = vec!["apple", "banana", "cherry", "date"];
    let mut it = words.iter().peekable();

    // `first` is a copy of the `&str` inside the `&&str` that `peek` lends.
    let first: &str = it.peek().unwrap();
    it.next();
    println!("first was {}", first);

    // The same through an explicit deref.
    let second = *it.peek().unwrap();
    it.next();
    println!("second was {}", second);

    // `copied()` takes the `&str` out of the `Option<&&str>`.
    let third = it.peek().copied();
    it.next();
    println!("third was {:?}", third);

    let mut pairs = Vec::new();
    let mut rest = words.iter().peekable();
    while let Some(w) = rest.next() {
        let next: &str = match rest.peek() {
            Some(n) => n,
            None => "(end)",
        };
        pairs.push(format!("{}->{}", w, next));
    }
    println!("{:?}", pairs);
}
