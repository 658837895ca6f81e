// A counter bumped inside a thread without `move`: the closure borrows it mutably.
use std::thread;

fn main() {
    let mut count = 0;
    let handle = thread::spawn(|| {
        for _ in 0..10 {
            count += 1;
        }
    });
    handle.join().unwrap();
    println!("count = {count}");
}
