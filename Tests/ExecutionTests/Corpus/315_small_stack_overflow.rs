// A thread built with a small stack overflows much sooner than main would.
use std::thread;

fn depth(n: u64) -> u64 {
    if n == 0 { 0 } else { 1 + depth(n - 1) }
}

fn main() {
    println!("main can go deep: {}", depth(1000));
    let handle = thread::Builder::new()
        .name("digger".to_string())
        .stack_size(64 * 1024)
        .spawn(|| depth(100_000))
        .unwrap();
    let result = handle.join().unwrap();
    println!("never printed: {result}");
}
