fn main() {
    let v = vec![1];
    let f = || v.len();
    let w = v;
    println!("{} {:?}", f(), w);
}
