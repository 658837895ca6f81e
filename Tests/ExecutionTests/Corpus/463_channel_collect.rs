// Workers send their partial sums back; main gathers every result into a Vec.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    for id in 1..=5u64 {
        let tx = tx.clone();
        thread::spawn(move || {
            let total: u64 = (1..=id * 10).sum();
            tx.send(total).unwrap();
        });
    }
    drop(tx);

    let mut sums: Vec<u64> = rx.iter().collect();
    println!("got {} results, capacity {}", sums.len(), sums.capacity());
    sums.sort();
    println!("{:?}", sums);

    let (letters_tx, letters_rx) = mpsc::channel();
    thread::spawn(move || {
        for c in "abc".chars() {
            letters_tx.send(c).unwrap();
        }
    });
    let word = letters_rx.iter().collect::<Vec<char>>();
    println!("{:?} {} {}", word, word.len(), word.capacity());
}
