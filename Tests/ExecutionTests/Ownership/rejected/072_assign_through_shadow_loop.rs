fn main() {
    let mut best = 0;
    let nums = [4, 9, 2];
    let start = &best;
    for n in nums {
        if n > best {
            best = n;
        }
    }
    println!("start {} best {}", start, best);
}
