use std::sync::{Arc, Mutex};
use std::thread;

static GREETING: &str = "hello";

fn main() {
    // An owned String moves into the thread; a static and a literal live forever.
    let name = String::from("worker");
    let label: &'static str = "label";
    let h = thread::spawn(move || format!("{} {} from {}", GREETING, label, name));
    println!("{}", h.join().unwrap());

    let counter = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for i in 1..=3 {
        let c = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            *c.lock().unwrap() += i;
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("total {}", *counter.lock().unwrap());
}
