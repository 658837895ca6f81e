fn main() {
    let (a, b) = (1, 2);
    a = a + b;
    println!("{} {}", a, b);
}
