// An unsigned type has no negative values: `-1` is not a `usize`.
fn main() {
    let scores = vec![3, 5];
    let missing: usize = -1;
    println!("{} {}", scores.len(), missing);
}
