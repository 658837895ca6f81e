// Iterators over text, returned from functions.
fn long_words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().filter(|w| w.len() > 3)
}

fn digits(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().filter(|c| c.is_ascii_digit())
}

fn countdown(from: i32) -> impl Iterator<Item = i32> {
    (1..=from).map(move |n| from + 1 - n)
}

fn main() {
    let sentence = String::from("the quick brown fox jumps over the lazy dog");
    let words: Vec<&str> = long_words(&sentence).collect();
    println!("{words:?}");
    println!("len {} capacity {}", words.len(), words.capacity());

    for w in long_words("a tiny example sentence") {
        println!("word: {w}");
    }

    println!("digits in the phone number: {}", digits("tel: +44 20 7946 0018").count());
    for d in digits("r2d2") {
        print!("{d} ");
    }
    println!();

    let launch: Vec<i32> = countdown(5).collect();
    println!("{launch:?} liftoff! (capacity {})", launch.capacity());
}
