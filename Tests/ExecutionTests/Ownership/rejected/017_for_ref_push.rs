fn main() {
    let mut scores = vec![10, 20, 30];
    for s in &scores {
        if *s > 15 {
            scores.push(*s / 2);
        }
    }
    println!("{:?}", scores);
}
