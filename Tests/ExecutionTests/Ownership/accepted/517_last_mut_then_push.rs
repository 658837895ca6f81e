fn main() {
    let mut scores = vec![10, 20, 30];
    let last = scores.last_mut().unwrap();
    *last += 1;
    scores.push(40);
    if let Some(first) = scores.first_mut() {
        *first = 0;
    }
    println!("{:?}", scores);
}
