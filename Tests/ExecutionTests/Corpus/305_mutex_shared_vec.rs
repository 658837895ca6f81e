// Threads push into one Vec behind a Mutex; the guard lives on each thread's stack.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for worker in 0..4u32 {
        let log = Arc::clone(&log);
        handles.push(thread::spawn(move || {
            for step in 0..3u32 {
                let mut entries = log.lock().unwrap();
                entries.push(worker * 10 + step);
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    let mut entries = log.lock().unwrap();
    // The order of the pushes depends on the schedule; the set of entries does not.
    entries.sort();
    println!("{} entries: {:?}", entries.len(), *entries);
    println!("capacity after 12 pushes: {}", entries.capacity());
    let total: u32 = entries.iter().sum();
    println!("total = {total}");
}
