fn main() {
    let first = vec![1, 2].first();
    let label = "first";
    println!("{} {:?}", label, first);
}
