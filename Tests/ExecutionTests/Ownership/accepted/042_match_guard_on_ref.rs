fn main() {
    let mut scores = vec![3, 15, 8];
    let mut big = 0;
    for s in &scores {
        match s {
            n if *n > 10 => big += 1,
            _ => {}
        }
    }
    scores.push(big);
    println!("{:?}", scores);
}
