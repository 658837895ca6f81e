fn main() {
    let mut scores = vec![70, 85, 92];
    let mut it = scores.iter();
    let first = it.next().copied();
    let last = it.next_back().copied();
    scores.push(100);
    println!("{:?} {:?} {:?}", first, last, scores);
}
