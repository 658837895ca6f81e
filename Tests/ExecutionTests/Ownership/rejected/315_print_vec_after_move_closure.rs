fn main() {
    let v = vec![1, 2];
    let f = move || v.len();
    println!("{}", f());
    println!("{:?}", v);
}
