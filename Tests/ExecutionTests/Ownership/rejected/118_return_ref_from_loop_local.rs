fn longest_word(words: &Vec<String>) -> &String {
    let mut best = String::new();
    for w in words {
        if w.len() > best.len() {
            best = w.clone();
        }
    }
    &best
}

fn main() {
    let ws = vec![String::from("hi"), String::from("there")];
    println!("{}", longest_word(&ws));
}
