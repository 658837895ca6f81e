fn main() {
    let mut scores = vec![10, 20, 30];
    let (best, others) = scores.split_first_mut().unwrap();
    scores.push(40);
    *best += others[0];
}
