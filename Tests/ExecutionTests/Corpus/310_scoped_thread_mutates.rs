// One scoped thread may borrow a local mutably; once the scope ends, main has it back.
use std::thread;

fn main() {
    let mut log = Vec::new();
    let mut count = 0;

    thread::scope(|s| {
        s.spawn(|| {
            for i in 1..=3 {
                log.push(format!("step {i}"));
            }
        });
        s.spawn(|| {
            count += 10;
        });
    });

    println!("log: {:?}", log);
    println!("count: {count}");
    println!("capacity: {}", log.capacity());
}
