use std::collections::VecDeque;

fn main() {
    let mut queue: VecDeque<i32> = VecDeque::new();
    println!("new: len {} cap {}", queue.len(), queue.capacity());

    queue.push_back(10);
    queue.push_back(20);
    queue.push_back(30);
    queue.push_front(5);
    println!("queue = {:?}", queue);
    println!("len {} cap {} empty? {}", queue.len(), queue.capacity(), queue.is_empty());

    if let Some(first) = queue.front() {
        println!("front: {}", first);
    }
    match queue.back() {
        Some(last) => println!("back: {}", last),
        None => println!("no back"),
    }
    println!("queue[2] = {}", queue[2]);
    println!("get(7) = {:?}", queue.get(7));
    println!("contains 20? {}", queue.contains(&20));
    println!("contains 99? {}", queue.contains(&99));

    while let Some(x) = queue.pop_front() {
        println!("served {}", x);
    }
    println!("after: {:?} len {} cap {}", queue, queue.len(), queue.capacity());
    println!("pop_back on empty: {:?}", queue.pop_back());
}
