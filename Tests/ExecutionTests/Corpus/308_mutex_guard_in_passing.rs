// A guard made in passing (`m.lock().unwrap().push(..)`) unlocks at the end of its statement,
// so the next lock in the same thread does not wait for itself.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    log.lock().unwrap().push(1);
    log.lock().unwrap().push(2);
    println!("len after two pushes: {}", log.lock().unwrap().len());

    let counter = Arc::new(Mutex::new(0));
    let mut handles = vec![];
    for i in 0..4 {
        let counter = Arc::clone(&counter);
        let log = Arc::clone(&log);
        handles.push(thread::spawn(move || {
            for _ in 0..10 {
                let mut num = counter.lock().unwrap();
                *num += 1;
            }
            log.lock().unwrap().push(i * 10);
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("counter: {}", *counter.lock().unwrap());
    let mut entries = log.lock().unwrap().clone();
    entries.sort();
    println!("log: {:?}", entries);
    if log.lock().unwrap().len() > 5 {
        println!("six entries");
    }
    println!("owners: {}", Arc::strong_count(&counter));
}
