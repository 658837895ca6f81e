// Keep every scoped thread's handle in a Vec and join them in order: the order of the
// results is fixed even though the threads sleep for different times.
use std::thread;
use std::time::Duration;

fn main() {
    let words = vec!["apple", "kiwi", "banana", "fig"];
    let lengths = thread::scope(|s| {
        let mut handles = Vec::new();
        for word in &words {
            handles.push(s.spawn(move || {
                thread::sleep(Duration::from_millis(word.len() as u64));
                word.len()
            }));
        }
        let mut lengths = Vec::new();
        for handle in handles {
            lengths.push(handle.join().unwrap());
        }
        lengths
    });
    println!("lengths: {:?}", lengths);
    println!("words: {:?}", words);
}
