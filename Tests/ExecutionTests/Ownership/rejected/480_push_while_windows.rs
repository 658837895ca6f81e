fn main() {
    let mut v = vec![1, 2, 3];
    for w in v.windows(2) {
        v.push(w[0] + w[1]);
    }
    println!("{:?}", v);
}
