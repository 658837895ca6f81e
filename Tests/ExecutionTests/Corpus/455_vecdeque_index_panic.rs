use std::collections::VecDeque;

fn main() {
    let mut line = VecDeque::new();
    line.push_back("first");
    line.push_back("second");
    println!("line[1] is {}", line[1]);
    let position = line.len();
    println!("line[{}] is {}", position, line[position]);
}
