// Resetting a limit that a scoped thread is still reading.
use std::thread;

fn main() {
    let mut limit = 10;
    thread::scope(|s| {
        s.spawn(|| {
            for i in 0..limit {
                if i % 5 == 0 {
                    println!("{i}");
                }
            }
        });
        limit = 0;
    });
    println!("limit is {limit}");
}
