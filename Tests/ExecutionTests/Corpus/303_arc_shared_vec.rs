// Threads share one heap block through Arc; the strong count goes up per clone, down per drop.
use std::sync::Arc;
use std::thread;

fn main() {
    let readings = Arc::new(vec![12u64, 7, 30, 5, 18]);
    println!("after new: strong = {}", Arc::strong_count(&readings));

    let mut clones = Vec::new();
    for _ in 0..3 {
        clones.push(Arc::clone(&readings));
    }
    // Printed before any thread starts: once they run, the count depends on which has finished.
    println!("after 3 clones: strong = {}", Arc::strong_count(&readings));

    let mut handles = Vec::new();
    let mut id = 0u64;
    for mine in clones {
        id += 1;
        handles.push(thread::spawn(move || {
            let mut total = 0;
            for r in mine.iter() {
                total += r * id;
            }
            total
        }));
    }

    let mut results = Vec::new();
    for handle in handles {
        results.push(handle.join().unwrap());
    }
    println!("results: {:?}", results);
    println!("after joins: strong = {}", Arc::strong_count(&readings));

    let extra = readings.clone();
    println!("with one more: strong = {}", Arc::strong_count(&extra));
    drop(extra);
    println!("back to: strong = {}", Arc::strong_count(&readings));
    println!("Arc is {} bytes on the stack", std::mem::size_of::<Arc<Vec<u64>>>());
    println!("biggest reading: {}", readings.iter().max().unwrap());
}
