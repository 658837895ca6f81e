fn main() {
    let mut prices = vec![10, 20, 30];
    for p in prices.iter_mut() {
        *p += 1;
    }
    let total: i32 = {
        let mut t = 0;
        for p in &prices {
            t += p;
        }
        t
    };
    println!("{:?} total {}", prices, total);
}
