// Closures that write through a captured `&mut`, and closures that change captured
// counters handed to functions taking `impl FnMut` or `F: FnMut`.
fn apply_to_each<F: FnMut(i32)>(values: &[i32], mut f: F) {
    for v in values {
        f(*v);
    }
}

fn repeat(times: u32, mut action: impl FnMut()) {
    for _ in 0..times {
        action();
    }
}

fn main() {
    let mut scores = Vec::new();
    let r = &mut scores;
    let mut record = |x| r.push(x);
    record(10);
    record(20);
    println!("{:?} len {} cap {}", scores, scores.len(), scores.capacity());

    let mut total = 0;
    apply_to_each(&[1, 2, 3, 4], |x| total += x);
    println!("total {}", total);

    let mut ticks = 0;
    repeat(3, || ticks += 1);
    println!("ticks {}", ticks);

    let mut log: Vec<String> = Vec::new();
    let sink = &mut log;
    apply_to_each(&[7, 8], |x| sink.push(format!("saw {}", x)));
    sink.push(String::from("done"));
    println!("{:?}", log);
}
