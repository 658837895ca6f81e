use std::sync::{Arc, Mutex};
use std::thread;

// Printing what a lock guards, straight from the guard.
fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for id in 1..=3 {
        let log = Arc::clone(&log);
        handles.push(thread::spawn(move || {
            log.lock().unwrap().push(id * 10);
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    let mut entries = log.lock().unwrap();
    entries.sort();
    println!("{:?} ({} entries)", entries, entries.len());
    drop(entries);

    let best = Mutex::new(String::from("none"));
    *best.lock().unwrap() = String::from("gold");
    println!("best: {}", best.lock().unwrap());
    println!("best: {:?}", best.lock().unwrap());
}
