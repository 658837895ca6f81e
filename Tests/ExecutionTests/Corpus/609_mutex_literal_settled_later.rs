// A mutex made around a bare literal or an empty Vec: its type is settled by
// how it is used later, so its size follows that type.
use std::mem::size_of_val;
use std::sync::{Arc, Mutex};
use std::thread;

fn read(m: &Mutex<u64>) -> u64 {
    *m.lock().unwrap()
}

fn add(counter: &Arc<Mutex<u64>>, amount: u64) {
    *counter.lock().unwrap() += amount;
}

fn record(log: &Mutex<Vec<u8>>, byte: u8) {
    log.lock().unwrap().push(byte);
}

fn main() {
    let m = Mutex::new(0);
    println!("read {} from a mutex of {} bytes", read(&m), size_of_val(&m));

    let small = Mutex::new(0);
    *small.lock().unwrap() += 1;
    println!("unsettled literal: {} in {} bytes", small.lock().unwrap(), size_of_val(&small));

    let shared = Arc::new(Mutex::new(0));
    add(&shared, 5);
    let mut handles = Vec::new();
    for i in 0..3 {
        let c = Arc::clone(&shared);
        handles.push(thread::spawn(move || {
            add(&c, i);
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("shared total {} ({} bytes behind the Arc)", *shared.lock().unwrap(), size_of_val(&*shared));

    let log = Mutex::new(Vec::new());
    record(&log, 7);
    record(&log, 250);
    let guard = log.lock().unwrap();
    println!("log {:?}, capacity {}, mutex {} bytes", *guard, guard.capacity(), size_of_val(&log));
}
