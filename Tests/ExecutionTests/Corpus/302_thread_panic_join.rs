// A thread that panics: its own message on stderr, and join hands main an Err.
use std::thread;

fn main() {
    let good = thread::spawn(move || {
        let v = vec![10, 20, 30];
        v[1]
    });
    let bad = thread::spawn(move || {
        let v = vec![10, 20, 30];
        let index = v.len() + 2;
        v[index]
    });
    let first = good.join();
    println!("first thread ok? {}", first.is_ok());
    println!("it returned {}", first.unwrap());
    let second = bad.join();
    println!("second thread ok? {}", second.is_ok());
    match second {
        Ok(value) => println!("got {value}"),
        Err(_) => println!("the second thread panicked"),
    }
    let again = thread::spawn(move || {
        let empty: Vec<i32> = Vec::new();
        empty[0]
    });
    let value = again.join().unwrap();
    println!("never printed: {value}");
}
