// Words split out of a line, walked with a peekable iterator over `&&str` items.
fn main() {
    let text = String::from("the quick brown fox");
    let mut words: Vec<&str> = text.split(' ').collect();
    let mut it = words.iter().peekable();
    let mut pairs = Vec::new();
    while let Some(w) = it.next() {
        // `&&next` copies the `&str` out from under both references.
        if let Some(&&next) = it.peek() {
            pairs.push((*w, next));
        }
    }
    let mut again = words.iter().peekable();
    let first: &str = **again.peek().unwrap();
    again.next();
    words.clear();
    println!("{:?}", pairs);
    println!("first {} of {} (now {})", first, text.len(), words.len());
}
