use std::collections::VecDeque;

fn main() {
    let mut queue = VecDeque::from([3, 4]);
    if let Some(first) = queue.front() {
        println!("front is {}", first);
    }
    queue.push_front(2);
    let copied = *queue.front().unwrap();
    queue.push_front(copied - 1);
    println!("{:?}", queue);
}
