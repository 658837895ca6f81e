fn main() {
    let mut n = 1;
    let r = &n;
    *r = 2;
    println!("{}", n);
}
