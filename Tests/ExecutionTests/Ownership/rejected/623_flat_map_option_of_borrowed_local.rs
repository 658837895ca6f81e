fn main() {
    let words = vec!["a1", "b2"];
    let mut kept: Vec<&char> = Vec::new();
    for w in words.iter() {
        let chars: Vec<char> = w.chars().collect();
        for c in chars.iter().flat_map(|c| Some(c)) {
            kept.push(c);
        }
    }
    println!("{:?}", kept);
}
