use std::collections::BinaryHeap;

fn main() {
    let mut heap = BinaryHeap::new();
    for x in [3, 8, 1] {
        heap.push(x);
    }
    let sorted = heap.into_sorted_vec();
    println!("{:?}", sorted);
    println!("still {} in the heap", heap.len());
}
