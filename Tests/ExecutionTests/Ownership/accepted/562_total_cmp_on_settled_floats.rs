// Once the float type is settled (a suffix, an annotation, or a use before the call),
// `total_cmp` is found and sorts by the floats' total order.
fn main() {
    let readings = vec![20.5_f64, 18.25, 22.0];
    let coldest = readings.iter().min_by(|a, b| a.total_cmp(b)).unwrap();
    let warmest = readings.iter().max_by(|a, b| a.total_cmp(b)).unwrap();
    println!("coldest {} warmest {}", coldest, warmest);

    let mut weights: Vec<f64> = vec![2.5, 1.0, 3.75];
    weights.sort_by(|a, b| b.total_cmp(a));
    println!("{:?}", weights);

    let mut small = vec![0.5, -1.0];
    small.push(0.25f32);
    small.sort_by(|a, b| a.total_cmp(b));
    println!("{:?}", small);
}
