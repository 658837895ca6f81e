use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let mut queue = BinaryHeap::new();
    queue.push(Reverse((2, String::from("b"))));
    queue.push(Reverse((1, String::from("a"))));
    let mut rounds = 0;
    while let Some(Reverse((turn, name))) = queue.pop() {
        rounds += 1;
        println!("{name} at {turn}");
        if turn < 4 {
            queue.push(Reverse((turn + 2, name)));
        }
    }
    println!("{rounds} rounds");
}
