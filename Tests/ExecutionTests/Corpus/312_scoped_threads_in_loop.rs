// Spawning one scoped thread per chunk; the scope joins them all before it returns.
use std::sync::Mutex;
use std::thread;

fn main() {
    let data = vec![4, 8, 15, 16, 23, 42];
    let results = Mutex::new(Vec::new());

    thread::scope(|s| {
        for chunk in data.chunks(2) {
            s.spawn(|| {
                let sum: i32 = chunk.iter().sum();
                results.lock().unwrap().push(sum);
            });
        }
    });

    let mut sums = results.lock().unwrap();
    sums.sort();
    println!("chunk sums: {:?}", *sums);
    println!("data still usable: {}", data.len());
}
