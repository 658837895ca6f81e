fn main() {
    let text = "red blue red green blue red";
    let mut counts: Vec<(String, u32)> = Vec::new();
    for word in text.split_whitespace() {
        let mut found = false;
        for entry in counts.iter_mut() {
            if entry.0 == word {
                entry.1 += 1;
                found = true;
            }
        }
        if !found {
            counts.push((word.to_string(), 1));
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1));
    for (word, n) in &counts {
        println!("{}: {}", word, n);
    }
    println!("{} distinct, capacity {}", counts.len(), counts.capacity());
}
