fn main() {
    let mut seen = vec![2, 4];
    let next = match seen.get(1) {
        Some(x) => *x + 2,
        None => 0,
    };
    seen.push(next);
    println!("{:?}", seen);
}
