// A thread panics while it holds the lock: the mutex is poisoned for everyone after.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let data = Arc::new(Mutex::new(vec![1, 2, 3]));
    let for_thread = Arc::clone(&data);
    let handle = thread::spawn(move || {
        let mut guard = for_thread.lock().unwrap();
        guard.push(4);
        let index = guard.len() + 1;
        println!("reading index {index}");
        guard[index]
    });
    let outcome = handle.join();
    println!("thread panicked: {}", outcome.is_err());
    let attempt = data.lock();
    println!("lock poisoned: {}", attempt.is_err());
    drop(attempt);
    let guard = data.lock().unwrap();
    println!("never printed: {}", guard.len());
}
