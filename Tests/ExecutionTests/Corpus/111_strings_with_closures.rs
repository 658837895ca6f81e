fn main() {
    let words = vec![
        String::from("hello"),
        String::from("wonderful"),
        String::from("rust"),
        String::from("world"),
    ];

    let lengths: Vec<usize> = words.iter().map(|w| w.len()).collect();
    println!("lengths: {:?}", lengths);

    let shouting: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
    println!("{:?}", shouting);

    let long_words: Vec<&String> = words.iter().filter(|w| w.len() > 4).collect();
    println!("long words: {:?}", long_words);

    let total_letters: usize = words.iter().map(|w| w.len()).sum();
    println!("{} letters in total", total_letters);

    let starts_with_w = words.iter().filter(|w| w.starts_with("w")).count();
    println!("{} words start with w", starts_with_w);

    let vowels = "a programming language".chars().filter(|c| "aeiou".contains(*c)).count();
    println!("vowels: {}", vowels);
}
