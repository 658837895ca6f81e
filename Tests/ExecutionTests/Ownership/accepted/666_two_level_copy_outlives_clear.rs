fn main() {
    let text = String::from("a b");
    let mut words: Vec<&str> = text.split(' ').collect();
    let mut it = words.iter().peekable();
    let n: &str = **it.peek().unwrap();
    it.next();
    words.clear();
    println!("{} {}", n, words.len());
}
