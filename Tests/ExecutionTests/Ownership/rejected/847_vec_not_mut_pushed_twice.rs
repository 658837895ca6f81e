// Forgetting `mut` on a Vec that is filled step by step.
fn main() {
    let scores = Vec::new();
    scores.push(90);
    scores.push(75);
    scores.push(82);
    let total: i32 = scores.iter().sum();
    println!("average {}", total / scores.len() as i32);
}
