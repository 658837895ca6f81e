fn main() {
    let words = vec!["apple", "fig", "banana"];
    let total: i32 = words.iter().map(|w| w.len()).sum();
    println!("{} letters in all", total);
}
