use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    // A max-heap by default...
    let mut max_heap = BinaryHeap::from(vec![3, 1, 4, 1, 5, 9, 2, 6]);
    println!("max-heap order in memory: {:?}", max_heap);
    println!("largest: {:?}", max_heap.peek());
    max_heap.push(7);
    println!("after push(7): {:?}", max_heap);
    println!("popped {:?}, left {:?}", max_heap.pop(), max_heap);

    // ...and Reverse turns it into a min-heap.
    let mut min_heap = BinaryHeap::new();
    for x in [3, 1, 4, 1, 5, 9, 2, 6] {
        min_heap.push(Reverse(x));
    }
    println!("min-heap: {:?}", min_heap);
    if let Some(Reverse(smallest)) = min_heap.peek() {
        println!("smallest: {smallest}");
    }
    let mut in_order = Vec::new();
    while let Some(Reverse(x)) = min_heap.pop() {
        in_order.push(x);
    }
    println!("popped in order: {:?}", in_order);

    let r = Reverse(10);
    println!("{:?} holds {}, {} bytes", r, r.0, std::mem::size_of::<Reverse<u64>>());
    println!("Reverse(1) < Reverse(2)? {}", Reverse(1) < Reverse(2));

    let sorted = max_heap.clone().into_sorted_vec();
    println!("sorted: {:?}", sorted);
    let raw = max_heap.into_vec();
    println!("as a Vec: {:?} (capacity {})", raw, raw.capacity());
}
