// Two threads that both want to push into the same Vec: the first `move` takes it.
use std::thread;

fn main() {
    let mut list = vec![1, 2, 3];
    let first = thread::spawn(move || {
        list.push(4);
        list.len()
    });
    let second = thread::spawn(move || {
        list.push(5);
        list.len()
    });
    println!("{} {}", first.join().unwrap(), second.join().unwrap());
}
