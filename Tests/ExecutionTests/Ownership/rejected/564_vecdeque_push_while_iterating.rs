use std::collections::VecDeque;

fn main() {
    let mut queue = VecDeque::from([1, 2, 3]);
    for x in &queue {
        if *x % 2 == 1 {
            queue.push_back(x * 10);
        }
    }
    println!("{:?}", queue);
}
