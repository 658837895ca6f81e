fn main() {
    let mut v = vec![1, 2];
    let first = &v[0];
    v = vec![3, 4];
    println!("{} {:?}", first, v);
}
