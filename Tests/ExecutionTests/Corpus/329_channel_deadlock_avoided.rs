// A worker sends results while main still holds the original Sender: dropping it
// before the loop lets `for` end once the worker is done.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let worker_tx = tx.clone();
    let worker = thread::spawn(move || {
        for i in 1..=3 {
            worker_tx.send(i * 100).unwrap();
        }
    });

    tx.send(1).unwrap();
    drop(tx);

    let mut got = Vec::new();
    for value in &rx {
        got.push(value);
    }
    worker.join().unwrap();
    got.sort();
    println!("{:?}", got);
    println!("after the loop: {:?}", rx.try_recv());
}
