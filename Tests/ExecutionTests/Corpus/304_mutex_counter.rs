// Chapter 16: a counter shared by ten threads, behind Arc<Mutex<i32>>.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = vec![];

    for _ in 0..10 {
        let counter = Arc::clone(&counter);
        let handle = thread::spawn(move || {
            let mut num = counter.lock().unwrap();
            *num += 1;
        });
        handles.push(handle);
    }

    for handle in handles {
        handle.join().unwrap();
    }

    println!("Result: {}", *counter.lock().unwrap());
    println!("strong count at the end: {}", Arc::strong_count(&counter));
    println!("Mutex<i32> is {} bytes", std::mem::size_of::<Mutex<i32>>());
    println!("Mutex<u64> is {} bytes", std::mem::size_of::<Mutex<u64>>());
    println!("Mutex<Vec<i32>> is {} bytes", std::mem::size_of::<Mutex<Vec<i32>>>());
}
