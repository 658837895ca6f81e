fn main() {
    let mut words: Vec<&str> = Vec::new();
    let count = 3;
    for n in 0..count {
        let w = n.to_string();
        words.push(w.as_str());
    }
    for w in &words {
        println!("{}", w);
    }
}
