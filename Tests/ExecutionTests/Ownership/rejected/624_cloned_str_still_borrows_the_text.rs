fn main() {
    let mut text = String::from("a b");
    let words: Vec<&str> = text.split(' ').collect();
    let r = &words[0];
    let c = r.clone();
    drop(words);
    text.push('x');
    println!("{}", c);
}
