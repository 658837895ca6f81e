// A static AtomicUsize: no Arc needed, every thread reaches the same counter in .data.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

static REQUESTS: AtomicUsize = AtomicUsize::new(0);

fn handle_request() -> usize {
    REQUESTS.fetch_add(1, Ordering::Relaxed) + 1
}

fn main() {
    let mut handles = Vec::new();
    for _ in 0..3 {
        handles.push(thread::spawn(|| {
            let mut last = 0;
            for _ in 0..5 {
                last = handle_request();
            }
            last
        }));
    }

    let mut highest = 0;
    for handle in handles {
        let last = handle.join().unwrap();
        if last > highest {
            highest = last;
        }
    }

    println!("requests handled: {}", REQUESTS.load(Ordering::SeqCst));
    println!("the last one was number {highest}");
}
