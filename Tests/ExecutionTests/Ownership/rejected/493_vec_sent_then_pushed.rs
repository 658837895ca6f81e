// Sending a Vec moves it: the sender cannot keep adding to it.
use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel();
    let mut batch = vec![1, 2, 3];
    tx.send(batch).unwrap();
    batch.push(4);
    println!("{:?}", rx.recv().unwrap());
}
