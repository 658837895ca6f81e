fn reverse_words(sentence: &str) -> String {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let mut result = String::new();
    for word in words.iter().rev() {
        if !result.is_empty() {
            result.push(' ');
        }
        result.push_str(word);
    }
    result
}

fn main() {
    let s = "one two three four";
    let r = reverse_words(s);
    println!("{} (len {}, capacity {})", r, r.len(), r.capacity());
    let backwards: String = s.chars().rev().collect();
    println!("{}", backwards);
}
