// Four threads count into one AtomicUsize behind an Arc: no Mutex, no lock, no guard.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

fn main() {
    let counter = Arc::new(AtomicUsize::new(0));
    let mut handles = Vec::new();

    for _ in 0..4 {
        let counter = Arc::clone(&counter);
        let handle = thread::spawn(move || {
            for _ in 0..25 {
                counter.fetch_add(1, Ordering::SeqCst);
            }
        });
        handles.push(handle);
    }

    for handle in handles {
        handle.join().unwrap();
    }

    println!("count: {}", counter.load(Ordering::SeqCst));
    println!("Arc strong count: {}", Arc::strong_count(&counter));
    println!("AtomicUsize is {} bytes", std::mem::size_of::<AtomicUsize>());
    println!("Arc<AtomicUsize> is {} bytes", std::mem::size_of::<Arc<AtomicUsize>>());
}
