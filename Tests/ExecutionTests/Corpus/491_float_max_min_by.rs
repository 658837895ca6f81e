// The largest and smallest f64: fold with f64::max, and max_by/min_by with partial_cmp.
fn main() {
    let temperatures: Vec<f64> = vec![21.5, -3.25, 30.0, 18.75, 29.5];

    let hottest = temperatures.iter().cloned().fold(f64::MIN, f64::max);
    let coldest = temperatures.iter().cloned().fold(f64::MAX, f64::min);
    println!("fold: hottest {} coldest {}", hottest, coldest);

    let max = temperatures.iter().max_by(|a, b| a.partial_cmp(b).unwrap());
    let min = temperatures.iter().min_by(|a, b| a.partial_cmp(b).unwrap());
    println!("max_by: {:?} min_by: {:?}", max, min);

    let closest_to_20 = temperatures
        .iter()
        .copied()
        .min_by(|a, b| (a - 20.0).abs().partial_cmp(&(b - 20.0).abs()).unwrap());
    println!("closest to 20: {:?}", closest_to_20);

    let biggest = temperatures.iter().fold(f64::NEG_INFINITY, |best, &t| best.max(t));
    println!("fold with a closure: {}", biggest);

    let empty: Vec<f64> = Vec::new();
    println!("empty max_by: {:?}", empty.iter().max_by(|a, b| a.partial_cmp(b).unwrap()));
    println!("empty fold: {}", empty.iter().cloned().fold(f64::MIN, f64::max));
    let average = temperatures.iter().sum::<f64>() / temperatures.len() as f64;
    println!("average {:.2}", average);
}
