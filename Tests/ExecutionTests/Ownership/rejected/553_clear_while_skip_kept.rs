fn main() {
    let mut scores = vec![10, 20, 30];
    let mut later = scores.iter().skip(1);
    println!("{:?}", later.next());
    scores.clear();
    println!("{:?}", later.next());
}
