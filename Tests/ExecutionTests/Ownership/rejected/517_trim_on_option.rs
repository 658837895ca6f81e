fn first_word(words: &[String]) -> Option<&String> {
    words.first()
}

fn main() {
    let words = vec![String::from("  hello "), String::from("world")];
    let word = first_word(&words);
    println!("[{}]", word.trim());
}
