// `total_cmp` belongs to `f32` and `f64` themselves, so rustc must know which float the
// literals are before it can find the method; nothing here says which.
fn main() {
    let mut weights = vec![2.5, 1.0, 3.75];
    weights.sort_by(|a, b| a.total_cmp(b));
    println!("{:?}", weights);
}
