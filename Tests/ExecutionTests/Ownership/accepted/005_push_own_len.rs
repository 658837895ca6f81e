fn main() {
    let mut v: Vec<usize> = Vec::new();
    v.push(v.len());
    v.push(v.len());
    v.push(v.len() * 10);
    println!("{:?}", v);
}
