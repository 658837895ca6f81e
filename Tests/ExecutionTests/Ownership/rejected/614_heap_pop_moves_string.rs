use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let mut queue = BinaryHeap::new();
    queue.push(Reverse(String::from("write tests")));
    let Reverse(job) = queue.pop().unwrap();
    let copy = job;
    println!("{job} / {copy}");
}
