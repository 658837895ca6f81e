fn main() {
    let mut x = 10;
    let r = &x;
    x = 5;
    println!("{} {}", r, x);
}
