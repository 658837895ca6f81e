fn main() {
    let mut scores = vec![10, 20, 30];
    let (best, others) = scores.split_first_mut().unwrap();
    for s in others.iter_mut() {
        *s += 1;
    }
    *best += others[0];
    scores.push(40);
    println!("{:?}", scores);
}
