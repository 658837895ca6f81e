fn main() {
    let mut v = vec![1, 2];
    let show = || println!("{:?}", v);
    v.push(3);
    show();
}
