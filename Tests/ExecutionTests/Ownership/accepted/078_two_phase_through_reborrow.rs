fn main() {
    let mut v: Vec<usize> = vec![7];
    let x = &mut v;
    x.push(x.len());
    x.insert(0, x.len());
    println!("{:?}", v);
}
