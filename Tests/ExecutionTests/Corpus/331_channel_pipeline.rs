// A two-stage pipeline: numbers go to a doubling thread, which forwards its results to main.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (numbers_tx, numbers_rx) = mpsc::channel();
    let (doubled_tx, doubled_rx) = mpsc::channel();

    let doubler = thread::spawn(move || {
        while let Ok(n) = numbers_rx.recv() {
            doubled_tx.send(n * 2).unwrap();
        }
        println!("doubler: input closed");
    });

    for n in [3, 1, 4, 1, 5] {
        numbers_tx.send(n).unwrap();
    }
    drop(numbers_tx);

    let mut results = Vec::new();
    for doubled in doubled_rx.iter() {
        results.push(doubled);
    }
    doubler.join().unwrap();
    println!("{:?}", results);
}
