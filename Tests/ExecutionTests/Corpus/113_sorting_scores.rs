fn main() {
    let mut scores = vec![88, 42, 97, 63, 75, 97, 51];
    scores.sort();
    println!("sorted: {:?}", scores);

    let top: Vec<i32> = scores.iter().rev().map(|s| *s).filter(|s| *s >= 75).collect();
    println!("top scores: {:?}", top);

    let passed = scores.iter().filter(|&&s| s >= 60).count();
    println!("{} of {} passed", passed, scores.len());

    let curve = 5;
    let curved: Vec<i32> = scores.iter().map(|s| (s + curve).min(100)).collect();
    println!("curved: {:?}", curved);
    println!("best after curve: {:?}", curved.iter().max());

    let mut letters = vec!['d', 'a', 'c', 'b'];
    letters.sort_unstable();
    let word: String = letters.iter().collect();
    println!("{} (capacity {})", word, word.capacity());
}
