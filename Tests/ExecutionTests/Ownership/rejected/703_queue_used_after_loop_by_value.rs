use std::collections::VecDeque;

fn main() {
    let mut queue: VecDeque<String> = VecDeque::new();
    queue.push_back(String::from("ann"));
    for name in queue {
        println!("serving {}", name);
    }
    queue.push_back(String::from("bob"));
}
