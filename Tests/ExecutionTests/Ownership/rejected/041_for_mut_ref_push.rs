fn main() {
    let mut totals = vec![0, 0];
    for t in &mut totals {
        *t += 10;
        totals.push(1);
    }
    println!("{:?}", totals);
}
