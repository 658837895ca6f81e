use std::sync::{Arc, Mutex};
use std::thread;

fn run_in_thread<T>(value: T) -> thread::JoinHandle<()>
where
    T: Send + 'static,
{
    thread::spawn(move || {
        let _kept = value;
        println!("worker done");
    })
}

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let handle = run_in_thread(Arc::clone(&counter));
    handle.join().unwrap();
    *counter.lock().unwrap() += 1;
    println!("{}", counter.lock().unwrap());
}
