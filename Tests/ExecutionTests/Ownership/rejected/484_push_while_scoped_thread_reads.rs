// The main thread keeps adding scores while a scoped thread is still adding them up.
use std::thread;

fn main() {
    let mut scores = vec![70, 85, 92];
    thread::scope(|s| {
        s.spawn(|| {
            let total: i32 = scores.iter().sum();
            println!("total so far: {total}");
        });
        scores.push(100);
    });
    println!("{} scores", scores.len());
}
