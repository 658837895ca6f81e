use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    scores.insert(String::from("Ana"), 82);
    scores.insert(String::from("Ben"), 67);
    scores.insert(String::from("Cleo"), 91);
    scores.insert(String::from("Dev"), 74);

    let mut passed = Vec::new();
    let mut total = 0;
    // The loop takes the map: each name String now belongs to `name`.
    for (name, score) in scores {
        total += score;
        if score >= 70 {
            passed.push(name);
        }
    }
    passed.sort();
    println!("passed: {}", passed.join(", "));
    println!("average: {}", total / 4);

    let mut seen = std::collections::HashSet::new();
    for c in "hello world".chars() {
        if c != ' ' {
            seen.insert(c);
        }
    }
    let mut letters = String::new();
    let mut sorted: Vec<char> = Vec::new();
    for c in seen {
        sorted.push(c);
    }
    sorted.sort();
    for c in sorted {
        letters.push(c);
    }
    println!("letters: {letters}");
}
