fn main() {
    let mut b = [9, 8];
    let t = b.as_slice();
    b[0] = 1;
    println!("{:?}", t);
}
