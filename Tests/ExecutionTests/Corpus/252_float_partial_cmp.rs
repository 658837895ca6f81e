fn main() {
    let temps = [21.5, 19.0, 23.25, 19.0];
    let mut warmest = temps[0];
    for t in temps {
        if let Some(std::cmp::Ordering::Greater) = t.partial_cmp(&warmest) {
            warmest = t;
        }
    }
    println!("warmest: {}", warmest);
    println!("{:?}", 1.5f64.partial_cmp(&2.5));
    println!("{:?}", f64::NAN.partial_cmp(&1.0));
    let x: f64 = -3.7;
    println!("{} {} {}", x.abs(), x.max(1.0), x.min(-10.0));
}
