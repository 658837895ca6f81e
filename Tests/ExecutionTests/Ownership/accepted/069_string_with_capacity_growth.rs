fn main() {
    let mut s = String::with_capacity(4);
    let start_cap = s.capacity();
    for _ in 0..3 {
        s.push_str("ab");
    }
    let len = s.len();
    println!("{} {} {}", start_cap, len, s);
}
