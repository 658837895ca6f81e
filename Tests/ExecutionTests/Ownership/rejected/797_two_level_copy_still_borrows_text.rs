fn main() {
    let mut text = String::from("a b");
    let words: Vec<&str> = text.split(' ').collect();
    let mut it = words.iter().peekable();
    let n: &str = match it.peek() {
        Some(&&n) => n,
        None => "",
    };
    text.push('c');
    println!("{}", n);
}
