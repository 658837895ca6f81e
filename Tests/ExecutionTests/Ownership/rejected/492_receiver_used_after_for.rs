// `for msg in rx` takes the receiver: it is gone after the loop.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        for i in 0..3 {
            tx.send(i).unwrap();
        }
    });

    for msg in rx {
        println!("{msg}");
    }
    println!("{:?}", rx.try_recv());
}
