fn main() {
    let word = String::from("apple");
    let mut basket: Vec<String> = Vec::new();
    let len_src = &word;
    basket.push(word);
    println!("{} {}", len_src.len(), basket.len());
}
