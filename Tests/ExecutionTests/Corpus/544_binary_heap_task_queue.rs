use std::collections::BinaryHeap;

// A to-do list where the most urgent task comes out first.
fn main() {
    let mut tasks: BinaryHeap<(u8, String)> = BinaryHeap::new();
    println!("empty: {} (len {}, capacity {})", tasks.is_empty(), tasks.len(), tasks.capacity());

    tasks.push((2, String::from("answer email")));
    tasks.push((5, String::from("fix the build")));
    tasks.push((1, String::from("water plants")));
    tasks.push((5, String::from("call the bank")));
    tasks.push((3, String::from("review PR")));

    println!("{} tasks, capacity {}", tasks.len(), tasks.capacity());
    println!("inside: {:?}", tasks);

    if let Some((priority, name)) = tasks.peek() {
        println!("next up: {name} (priority {priority})");
    }

    let mut done = 0;
    while let Some((priority, name)) = tasks.pop() {
        done += 1;
        println!("{done}. [{priority}] {name}");
        if priority == 3 {
            tasks.push((4, String::from("follow up on review")));
        }
    }
    println!("all done: {}", tasks.is_empty());

    tasks.push((9, String::from("cancelled meeting")));
    tasks.push((7, String::from("cancelled trip")));
    tasks.clear();
    println!("after clear: len {}, capacity {}", tasks.len(), tasks.capacity());
    println!("size of the heap itself: {} bytes", std::mem::size_of::<BinaryHeap<(u8, String)>>());
}
