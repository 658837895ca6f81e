use std::collections::BinaryHeap;

fn main() {
    let mut heap = BinaryHeap::new();
    heap.push(4);
    heap.push(9);
    let top = heap.peek().unwrap();
    heap.push(12);
    println!("top was {top}");
}
