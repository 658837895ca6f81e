// Threads share one list through Arc<RwLock<Vec<i32>>>: writers push, readers sum.
use std::sync::{Arc, RwLock};
use std::thread;

fn main() {
    let list = Arc::new(RwLock::new(vec![1, 2, 3]));
    println!("Arc is {} bytes", std::mem::size_of::<Arc<RwLock<Vec<i32>>>>());
    println!("RwLock<Vec<i32>> is {} bytes", std::mem::size_of::<RwLock<Vec<i32>>>());

    let mut writers = Vec::new();
    for i in 1..=3 {
        let list = Arc::clone(&list);
        writers.push(thread::spawn(move || {
            let mut v = list.write().unwrap();
            v.push(i * 100);
        }));
    }
    for w in writers {
        w.join().unwrap();
    }

    let mut readers = Vec::new();
    for _ in 0..2 {
        let list = Arc::clone(&list);
        readers.push(thread::spawn(move || {
            let v = list.read().unwrap();
            v.iter().sum::<i32>()
        }));
    }
    for r in readers {
        println!("a reader summed {}", r.join().unwrap());
    }

    let v = list.read().unwrap();
    println!("{} items, {} owners", v.len(), Arc::strong_count(&list));
}
