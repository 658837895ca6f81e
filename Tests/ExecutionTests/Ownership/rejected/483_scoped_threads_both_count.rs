// Two scoped threads both try to bump the same counter through a borrow.
use std::thread;

fn main() {
    let mut hits = 0;
    thread::scope(|s| {
        s.spawn(|| {
            hits += 1;
        });
        s.spawn(|| {
            hits += 1;
        });
    });
    println!("hits: {hits}");
}
