use std::collections::VecDeque;

fn main() {
    let mut tasks = VecDeque::from([String::from("wash"), String::from("dry")]);
    let first = &tasks[0];
    tasks.pop_front();
    println!("first task was {}", first);
}
