fn main() {
    let messy = "   lots   of\tspace\n here   ";
    let words: Vec<&str> = messy.split_whitespace().collect();
    println!("{:?}", words);
    println!("len {} cap {}", words.len(), words.capacity());
    let joined = words.join(" ");
    println!("'{}' {}", joined, joined.capacity());
    let initials: String = words.iter().map(|w| w.chars().next().unwrap()).collect();
    println!("{}", initials);
}
