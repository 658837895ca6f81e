// A vector made inside the scope's closure, lent to a thread of that scope.
use std::thread;

fn main() {
    thread::scope(|s| {
        let words = vec!["alpha", "beta"];
        s.spawn(|| {
            println!("{:?}", words);
        });
    });
}
