fn main() {
    let sentence = String::from("the quick brown fox");
    let first_word = |s: &String| {
        let word = s.split(' ').next().unwrap_or("");
        word
    };
    println!("{}", first_word(&sentence));
}
