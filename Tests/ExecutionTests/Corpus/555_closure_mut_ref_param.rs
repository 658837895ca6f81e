// Closures that change what a `&mut` parameter points at.
struct Stats {
    count: usize,
    total: i64,
}

fn tally(stats: &mut Stats, values: &[i64]) {
    let mut add = |v: i64| {
        stats.count += 1;
        stats.total += v;
    };
    for &v in values {
        add(v);
    }
}

fn double_all(numbers: &mut Vec<i32>, times: &mut u32) {
    let mut bump = || *times += 1;
    for n in numbers.iter_mut() {
        *n *= 2;
        bump();
    }
}

fn main() {
    let mut stats = Stats { count: 0, total: 0 };
    tally(&mut stats, &[3, 4, 5]);
    tally(&mut stats, &[-2]);
    println!("count={} total={}", stats.count, stats.total);

    let mut numbers = vec![1, 2, 3];
    let mut times = 0;
    double_all(&mut numbers, &mut times);
    println!("{:?} after {} steps", numbers, times);

    let r = &mut stats;
    let mut reset = move || {
        r.count = 0;
        r.total = 0;
    };
    reset();
    println!("count={} total={}", stats.count, stats.total);
}
