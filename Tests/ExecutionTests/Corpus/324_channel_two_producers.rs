// Two producers share one channel through tx.clone(); main sorts what arrives before printing,
// because the order in which two threads' messages arrive changes from run to run.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let tx1 = tx.clone();

    let first = thread::spawn(move || {
        for word in ["apple", "banana", "cherry"] {
            tx1.send(word.to_string()).unwrap();
        }
    });

    let second = thread::spawn(move || {
        for word in ["date", "elderberry"] {
            tx.send(word.to_string()).unwrap();
        }
    });

    let mut words: Vec<String> = Vec::new();
    for word in rx.iter() {
        words.push(word);
    }
    first.join().unwrap();
    second.join().unwrap();

    words.sort();
    println!("{} words: {:?}", words.len(), words);
}
