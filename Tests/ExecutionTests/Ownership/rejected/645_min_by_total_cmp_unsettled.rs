// The same through `iter().min_by`: the closure gets `&&{float}`, and no `total_cmp` is
// found for it until the vector's element type is written down.
fn main() {
    let readings = vec![20.5, 18.25, 22.0];
    let coldest = readings.iter().min_by(|a, b| a.total_cmp(b));
    println!("{:?}", coldest);
}
