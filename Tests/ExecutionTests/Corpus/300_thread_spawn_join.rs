// Chapter 16: each spawned thread runs a closure and hands back its result through join.
use std::thread;

fn main() {
    let numbers = vec![3, 1, 4, 1, 5, 9, 2, 6];
    println!("main made {} numbers", numbers.len());

    let summer = thread::spawn(move || {
        let mut total = 0;
        for n in &numbers {
            total += n;
        }
        total
    });

    let counter = thread::spawn(move || {
        let mut steps = 0u64;
        let mut n = 27u64;
        while n != 1 {
            n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
            steps += 1;
        }
        steps
    });

    let total = summer.join().unwrap();
    let steps = counter.join().unwrap();
    println!("sum from the first thread: {total}");
    println!("collatz steps from the second: {steps}");
    println!("handle size: {}", std::mem::size_of::<thread::JoinHandle<u64>>());
}
