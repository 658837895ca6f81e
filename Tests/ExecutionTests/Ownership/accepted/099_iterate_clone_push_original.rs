fn main() {
    let mut v = vec![1, 2];
    for x in v.clone() {
        v.push(x * 10);
    }
    println!("{:?}", v);
}
