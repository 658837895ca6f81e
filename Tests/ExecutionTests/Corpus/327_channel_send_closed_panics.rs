// The receiving thread stops after two messages and drops its Receiver; the next
// send(...).unwrap() in main panics.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();

    let listener = thread::spawn(move || {
        for _ in 0..2 {
            let message: i32 = rx.recv().unwrap();
            println!("listener got {message}");
        }
    });

    tx.send(10).unwrap();
    tx.send(20).unwrap();
    listener.join().unwrap();
    println!("listener finished");
    tx.send(30).unwrap();
    println!("never printed");
}
