fn main() {
    let readings = [3, 8, 2, 7, 5, 9, 1];
    let mut best = 0;
    let mut best_start = 0;
    for (i, w) in readings.windows(3).enumerate() {
        let sum: i32 = w.iter().sum();
        println!("window {} {:?} sum {}", i, w, sum);
        if sum > best {
            best = sum;
            best_start = i;
        }
    }
    println!("best window starts at {} with {}", best_start, best);
    println!("{} windows of 4", readings.windows(4).count());
    println!("{} windows of 10", readings.windows(10).count());
}
