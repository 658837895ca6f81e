// Starting a thread.
fn worker() {
    println!("hello from the worker");
}

fn main() {
    let handle = std::thread::spawn(worker);
    handle.join().unwrap();
    println!("joined");
}
