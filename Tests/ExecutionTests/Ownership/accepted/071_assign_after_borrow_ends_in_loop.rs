fn main() {
    let mut best = 0;
    let nums = [4, 9, 2];
    for n in nums {
        let current = &best;
        if n > *current {
            best = n;
        }
    }
    println!("best {}", best);
}
