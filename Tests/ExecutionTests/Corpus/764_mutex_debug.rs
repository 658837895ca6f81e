use std::sync::{Arc, Mutex};
use std::thread;

fn show<T: std::fmt::Debug>(label: &str, x: T) {
    println!("{}: {:?}", label, x);
}

fn main() {
    let counter = Arc::new(Mutex::new(0));
    show("start", Arc::clone(&counter));
    let mut handles = Vec::new();
    for _ in 0..3 {
        let c = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            *c.lock().unwrap() += 1;
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("{:?}", counter);
    {
        let guard = counter.lock().unwrap();
        println!("while locked: {:?} (guard {})", counter, *guard);
    }
    println!("{:#?}", counter);
    let names = Mutex::new(vec!["ann", "bob"]);
    show("names", &names);
    let pair = (Mutex::new('x'), Some(Mutex::new(1.5)));
    println!("{:?}", pair);
    println!("{:5?}", Mutex::new(7));
}
