use std::collections::HashMap;

// A filtered collect cannot know its size in advance, so the map grows as it fills;
// an exact-size one reserves everything at once.
fn main() {
    let scores = vec![12, 55, 78, 90, 33, 67, 81, 49, 95, 60, 71, 88, 99, 100, 42];
    let all: HashMap<usize, i32> = scores.iter().cloned().enumerate().collect();
    let passed: HashMap<usize, i32> =
        scores.iter().cloned().enumerate().filter(|(_, s)| *s >= 50).collect();

    println!("all: {} entries, capacity {}", all.len(), all.capacity());
    println!("passed: {} entries, capacity {}", passed.len(), passed.capacity());

    let first_five: HashMap<usize, i32> = scores.iter().cloned().enumerate().take(5).collect();
    println!("first five: {} entries, capacity {}", first_five.len(), first_five.capacity());

    let mut ids: Vec<&usize> = passed.keys().collect();
    ids.sort();
    println!("passed ids: {:?}", ids);
}
