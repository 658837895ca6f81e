fn main() {
    let sentence = String::from("the quick fox");
    let word = &sentence[0..3];
    std::mem::drop(sentence);
    println!("{}", word);
}
