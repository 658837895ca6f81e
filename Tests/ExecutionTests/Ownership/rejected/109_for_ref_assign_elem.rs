fn main() {
    let mut marks = vec![50, 60, 70];
    for m in &marks {
        *m = 100;
    }
    println!("{:?}", marks);
}
