// Sending and receiving on one thread: try_recv never waits, drop(tx) closes the channel,
// and a send after the Receiver is gone gives the value back in an Err.
use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel::<u8>();
    println!("{:?}", rx.try_recv());

    tx.send(1).unwrap();
    tx.send(2).unwrap();
    println!("{:?}", rx.try_recv());
    drop(tx);

    println!("{:?}", rx.recv());
    println!("{:?}", rx.try_recv());
    println!("{:?}", rx.recv());

    let (tx, rx) = mpsc::channel();
    drop(rx);
    let result = tx.send(String::from("nobody listens"));
    println!("send to a closed channel: {:?}", result);
    println!("is_err: {}", result.is_err());
}
