fn main() {
    let b = Box::new(7);
    let r = &b;
    let moved = b;
    println!("{} {}", r, moved);
}
