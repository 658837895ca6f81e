// thread::scope hands back what its closure returns, after every thread has finished.
use std::thread;

fn longest_word(words: &[&str]) -> usize {
    let mut best = 0;
    for w in words {
        if w.len() > best {
            best = w.len();
        }
    }
    best
}

fn shortest_word(words: &[&str]) -> usize {
    let mut best = usize::MAX;
    for w in words {
        if w.len() < best {
            best = w.len();
        }
    }
    best
}

fn main() {
    let text = vec!["scoped", "threads", "borrow", "without", "move"];
    let longest = thread::scope(|s| {
        let handle = s.spawn(|| longest_word(&text));
        let shortest = s.spawn(|| shortest_word(&text));
        let result = (handle.join().unwrap(), shortest.join().unwrap());
        result
    });
    println!("longest: {}, shortest: {}", longest.0, longest.1);
    println!("size of a ScopedJoinHandle: {}", std::mem::size_of::<thread::ScopedJoinHandle<usize>>());
}
