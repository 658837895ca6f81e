// Printing locks with {:?}: std shows the value, or <locked> while a writer holds it.
use std::sync::{Arc, Mutex, RwLock};
use std::thread;

#[derive(Debug)]
struct Settings {
    volume: RwLock<u8>,
    name: Mutex<String>,
}

fn main() {
    let lock = RwLock::new(5);
    println!("{:?}", lock);
    {
        let reader = lock.read().unwrap();
        println!("while reading: {:?} (guard shows {:?})", lock, reader);
    }
    {
        let mut writer = lock.write().unwrap();
        *writer += 1;
        println!("while writing: {:?}", lock);
    }
    println!("{:#?}", lock);

    let settings = Settings { volume: RwLock::new(7), name: Mutex::new(String::from("den")) };
    println!("{:?}", settings);
    println!("volume {}", settings.volume.read().unwrap());
    let held = settings.name.lock().unwrap();
    println!("{:?}", settings.name);
    drop(held);

    let shared = Arc::new(RwLock::new(vec![1, 2]));
    let clone = Arc::clone(&shared);
    let worker = thread::spawn(move || {
        let _w = clone.write().unwrap();
        panic!("writer gave up");
    });
    println!("worker ok? {}", worker.join().is_ok());
    println!("{:?}", shared);
}
