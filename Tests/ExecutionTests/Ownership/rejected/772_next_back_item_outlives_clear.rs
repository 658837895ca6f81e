fn main() {
    let mut scores = vec![70, 85, 92];
    let mut it = scores.iter();
    let last = it.next_back();
    scores.clear();
    println!("{:?}", last);
}
