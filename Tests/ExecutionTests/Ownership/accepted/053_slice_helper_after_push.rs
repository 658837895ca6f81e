fn head(s: &String, n: usize) -> &str {
    &s[0..n]
}

fn main() {
    let mut s = String::from("hello world");
    s.push_str("!");
    let word = head(&s, 5);
    println!("{}", word);
    s.clear();
    println!("cleared: {}", s.is_empty());
}
