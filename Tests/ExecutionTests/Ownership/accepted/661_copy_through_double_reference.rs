fn main() {
    let mut words: Vec<&str> = vec!["x", "y"];
    let r = &words;
    let first: &str = r[0];
    words.push("z");
    let last: &str = *words.last().unwrap();
    words.clear();
    println!("{} {}", first, last);
}
