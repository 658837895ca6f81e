fn main() {
    let mut v: Vec<usize> = vec![1];
    let r = &v;
    v.push(r.len());
    println!("{:?}", v);
}
