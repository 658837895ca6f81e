fn main() {
    let scores = vec![90, 72, 85];
    let mut total = 0;
    for score in &scores {
        total += score;
    }
    println!("average: {}", total / scores.length());
}
