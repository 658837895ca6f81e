fn main() {
    let v = vec![1, 2, 3];
    let first = &v[0];
    let len = || v.len();
    println!("{} {} {}", first, len(), v.len());
    let r = &v;
    println!("{} {:?}", len(), r);
}
