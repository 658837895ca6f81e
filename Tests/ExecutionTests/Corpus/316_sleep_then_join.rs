// thread::sleep pauses a thread; joining waits for it, so the output is always the same.
use std::thread;
use std::time::Duration;

fn main() {
    let worker = thread::spawn(|| {
        let mut done = Vec::new();
        for i in 1..=3 {
            thread::sleep(Duration::from_millis(10));
            done.push(i * i);
        }
        done
    });
    thread::sleep(Duration::from_millis(1));
    let squares = worker.join().unwrap();
    println!("squares: {:?}", squares);
    println!("each nap: {:?}", Duration::from_millis(10));
    println!("a Duration takes {} bytes", std::mem::size_of::<Duration>());
}
