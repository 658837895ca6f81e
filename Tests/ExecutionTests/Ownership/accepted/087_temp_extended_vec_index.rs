fn main() {
    let middle = &vec![10, 20, 30][1];
    let doubled = *middle * 2;
    println!("{} {}", middle, doubled);
}
