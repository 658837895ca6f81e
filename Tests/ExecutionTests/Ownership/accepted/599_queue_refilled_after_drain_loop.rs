use std::collections::VecDeque;

fn main() {
    let mut queue: VecDeque<String> = VecDeque::new();
    queue.push_back(String::from("ann"));
    queue.push_back(String::from("bob"));
    let mut served = Vec::new();
    for name in queue {
        served.push(name);
    }
    queue = VecDeque::new();
    queue.push_back(served.remove(0));
    println!("{:?} {:?}", queue, served);
}
