fn main() {
    let mut words = vec!["alpha", "beta"];
    let w = words[1];
    words.clear();
    println!("{} {}", w, words.len());
}
