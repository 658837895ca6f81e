// The thread's closure borrows `v`, but main could end (and drop v) before the thread does.
use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let handle = thread::spawn(|| {
        println!("here's a vector: {:?}", v);
    });
    handle.join().unwrap();
}
