fn main() {
    let mut scores = vec![10, 20, 30];
    let last = scores.last_mut().unwrap();
    scores.push(40);
    *last += 1;
    println!("{:?}", scores);
}
