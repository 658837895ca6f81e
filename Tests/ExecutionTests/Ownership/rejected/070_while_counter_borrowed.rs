fn main() {
    let mut n = 0;
    let watch = &n;
    while n < 3 {
        n = n + 1;
    }
    println!("{}", watch);
}
