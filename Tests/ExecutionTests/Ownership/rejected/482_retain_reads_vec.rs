fn main() {
    let mut v = vec![5, 1, 7, 2];
    v.retain(|x| *x > v[0]);
    println!("{:?}", v);
}
