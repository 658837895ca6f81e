// Methods passed by name where a closure goes: `String::len` takes `&String`, so it fits
// `iter()` over a `Vec<String>`; `str::len` takes `&str`, so it fits `&str` items.
fn main() {
    let owned = vec![String::from("ab"), String::from("cde"), String::new()];
    let lengths: Vec<usize> = owned.iter().map(String::len).collect();
    println!("{:?}", lengths);
    let total: usize = owned.iter().map(String::len).sum();
    println!("total {}", total);
    let copies: Vec<String> = owned.iter().map(String::clone).collect();
    println!("{:?}", copies);
    println!("any empty: {}", owned.iter().any(String::is_empty));

    let words = vec!["apple", "kiwi", "fig"];
    let word_lengths: Vec<usize> = words.iter().copied().map(str::len).collect();
    println!("{:?}", word_lengths);
    let longest = words.iter().map(|w| w.len()).max();
    println!("{:?}", longest);

    let shout: String = "hello".chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("{}", shout);
    let digits: String = "a1b2c3".chars().filter(char::is_ascii_digit).collect();
    println!("{}", digits);
    let masked: String = "abcxyz"
        .chars()
        .map(|c| if "xbz".contains(c) { '*' } else { c })
        .collect();
    println!("{}", masked);
    let hidden = "abcxyz".chars().filter(|c| "xbz".contains(*c)).count();
    println!("{} hidden", hidden);
}
