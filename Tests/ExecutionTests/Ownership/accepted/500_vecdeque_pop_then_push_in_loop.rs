use std::collections::VecDeque;

fn main() {
    let mut work = VecDeque::from([String::from("a"), String::from("bb")]);
    let mut rounds = 0;
    while let Some(item) = work.pop_front() {
        rounds += 1;
        if item.len() < 3 {
            work.push_back(item + "x");
        } else {
            println!("done with {}", item);
        }
    }
    println!("{} rounds", rounds);
}
