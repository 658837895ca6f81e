// Each worker squares its own numbers and sends (worker, partial sum); main adds the results.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let mut handles = Vec::new();

    for worker in 0..3 {
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            let mut sum = 0u64;
            for n in (worker * 10)..(worker * 10 + 10) {
                sum += n * n;
            }
            tx.send((worker, sum)).unwrap();
        }));
    }
    drop(tx);

    let mut results = vec![0u64; 3];
    for (worker, sum) in rx {
        results[worker as usize] = sum;
    }
    for handle in handles {
        handle.join().unwrap();
    }

    for (worker, sum) in results.iter().enumerate() {
        println!("worker {worker}: {sum}");
    }
    println!("grand total: {}", results.iter().sum::<u64>());
}
