// Printing a counter while a scoped thread may still be changing it.
use std::thread;

fn main() {
    let mut count = 0;
    thread::scope(|s| {
        s.spawn(|| {
            for _ in 0..3 {
                count += 1;
            }
        });
        println!("count is now {count}");
    });
    println!("final count: {count}");
}
