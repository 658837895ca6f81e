fn main() {
    let text = "the quick brown fox jumps over the lazy dog the end";
    let mut count_the = 0;
    let mut total = 0;
    for word in text.split(' ') {
        total += 1;
        if word == "the" {
            count_the += 1;
        }
    }
    println!("{} words, {} times 'the'", total, count_the);
    let longest = text.split_whitespace().max_by_key(|w| w.len()).unwrap();
    println!("longest word: {}", longest);
    println!("{}", text.split_whitespace().count());
}
