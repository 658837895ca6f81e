use std::sync::RwLock;
use std::thread;

fn main() {
    let settings = RwLock::new(vec![1, 2, 3]);
    let for_thread = settings.clone();
    let handle = thread::spawn(move || {
        println!("{:?}", for_thread.read().unwrap());
    });
    handle.join().unwrap();
    settings.write().unwrap().push(4);
}
