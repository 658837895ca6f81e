// A spawned thread has a 2 MiB stack of its own: a deep recursion there overflows it
// long before main's 8 MiB would be used up.
use std::thread;

fn depth(n: u64) -> u64 {
    let pad = [n; 64];
    if n == 0 {
        return pad[0];
    }
    depth(n - 1) + pad[1] % 2
}

fn main() {
    let shallow = thread::spawn(move || depth(100));
    println!("100 levels on a thread: {}", shallow.join().unwrap());
    let deep = thread::spawn(move || depth(1_000_000));
    println!("a million levels: {}", deep.join().unwrap());
}
