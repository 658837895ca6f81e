fn main() {
    let mut v = vec![1, 2, 3];
    let r = &v;
    println!("len before: {}", r.len());
    v.push(4);
    println!("len after: {}", v.len());
}
