use std::collections::VecDeque;

fn main() {
    let mut queue = VecDeque::new();
    queue.push_back(String::from("first"));
    let next = queue.front().unwrap();
    queue.push_back(String::from("second"));
    println!("next up: {}", next);
}
