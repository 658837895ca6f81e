fn main() {
    let mut b = Box::new(10);
    *b += 5;
    let r = &b;
    println!("{}", r);
    let inner = *b;
    println!("{}", inner);
}
