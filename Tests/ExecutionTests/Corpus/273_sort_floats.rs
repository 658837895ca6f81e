fn main() {
    let mut prices = vec![9.99, 2.5, 14.0, 0.75, 2.5];
    prices.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", prices);
    prices.sort_by(|a, b| b.partial_cmp(a).unwrap());
    println!("cheapest last: {:?}", prices);
    let total: f64 = prices.iter().sum();
    println!("total {:.2}", total);
}
