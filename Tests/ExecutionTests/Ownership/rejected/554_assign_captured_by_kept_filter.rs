fn main() {
    let mut limit = 2;
    let v = vec![1, 2, 3];
    let over = v.iter().filter(|x| **x > limit);
    limit = 5;
    println!("{} {}", over.count(), limit);
}
