// A fixed-size array cannot grow: push is a Vec method (E0599).
fn main() {
    let mut scores = [70, 85, 92];
    scores[0] += 5;
    scores.push(64);
    println!("{:?}", scores);
}
