use std::thread;
fn main() {
    let mut handles = Vec::new();
    for i in 0..3 {
        handles.push(thread::spawn(move || i * 2));
    }
    let mut results: Vec<u64> = Vec::new();
    for h in handles {
        results.push(h.join().unwrap());
    }
    println!("{:?}", results);
}
