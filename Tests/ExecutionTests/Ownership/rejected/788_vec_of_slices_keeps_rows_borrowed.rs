// The slices in `rows` borrow `scores`: pushing to it while they are used is refused.
fn main() {
    let mut scores = vec![10, 20, 30];
    let bonus = [5, 5];
    let rows: Vec<&[i32]> = vec![&scores, &bonus];
    scores.push(40);
    println!("{}", rows.len());
}
