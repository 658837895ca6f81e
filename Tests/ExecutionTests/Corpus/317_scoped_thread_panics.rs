// If a scoped thread panics and nobody joins it, the scope itself panics in main.
use std::thread;

fn main() {
    let values = vec![10, 20, 0];
    thread::scope(|s| {
        s.spawn(|| {
            let last = values[values.len() - 1];
            println!("dividing by {last}");
            let ratio = values[0] / last;
            println!("ratio: {ratio}");
        });
    });
    println!("not reached");
}
