// Chapter 16: one thread sends four strings down a channel; main receives them in a for loop,
// which ends when the thread is done and its Sender is dropped.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();

    thread::spawn(move || {
        let vals = vec![
            String::from("hi"),
            String::from("from"),
            String::from("the"),
            String::from("thread"),
        ];

        for val in vals {
            tx.send(val).unwrap();
            thread::yield_now();
        }
    });

    for received in rx {
        println!("Got: {received}");
    }
    println!("the channel is closed");
}
