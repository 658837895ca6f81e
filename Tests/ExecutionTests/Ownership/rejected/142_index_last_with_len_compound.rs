fn main() {
    let mut scores = vec![1, 2, 3];
    scores[scores.len() - 1] += 10;
    println!("{:?}", scores);
}
