fn main() {
    let mut total = 0;
    let snapshot = &total;
    for i in 1..4 {
        total += i;
    }
    println!("{} {}", snapshot, total);
}
