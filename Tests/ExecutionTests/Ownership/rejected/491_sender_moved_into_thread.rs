// The first thread takes `tx` with it; the second cannot have it too (clone it first).
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();

    let first = thread::spawn(move || {
        tx.send(1).unwrap();
    });
    let second = thread::spawn(move || {
        tx.send(2).unwrap();
    });

    first.join().unwrap();
    second.join().unwrap();
    for n in rx {
        println!("{n}");
    }
}
