// recv() blocks until a value arrives, and gives Err(RecvError) once every Sender is gone.
use std::mem::size_of;
use std::sync::mpsc::{self, Receiver, RecvError, Sender};
use std::thread;

fn main() {
    let (tx, rx): (Sender<i32>, Receiver<i32>) = mpsc::channel();

    let producer = thread::spawn(move || {
        for n in 1..=5 {
            tx.send(n * n).unwrap();
        }
        println!("producer done");
    });

    producer.join().unwrap();

    let mut total = 0;
    loop {
        match rx.recv() {
            Ok(square) => {
                println!("received {square}");
                total += square;
            }
            Err(e) => {
                println!("recv failed: {:?}", e);
                break;
            }
        }
    }
    println!("total: {total}");

    println!("Sender<i32> is {} bytes", size_of::<Sender<i32>>());
    println!("Receiver<i32> is {} bytes", size_of::<Receiver<i32>>());
    println!("Sender<String> is {} bytes", size_of::<Sender<String>>());
    println!("Option<Sender<i32>> is {} bytes", size_of::<Option<Sender<i32>>>());
    println!("RecvError is {} bytes", size_of::<RecvError>());
    println!("Result<i32, RecvError> is {} bytes", size_of::<Result<i32, RecvError>>());
}
