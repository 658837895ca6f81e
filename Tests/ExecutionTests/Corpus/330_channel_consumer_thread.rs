// The other direction: main produces batches, a consumer thread adds them up and hands
// the total back through join.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<Vec<i32>>();

    let consumer = thread::spawn(move || {
        let mut total = 0;
        let mut batches = 0;
        for batch in rx {
            total += batch.iter().sum::<i32>();
            batches += 1;
        }
        (batches, total)
    });

    for i in 0..3 {
        let batch = vec![i, i * 10, i * 100];
        tx.send(batch).unwrap();
    }
    drop(tx);

    let (batches, total) = consumer.join().unwrap();
    println!("{batches} batches, total {total}");
}
