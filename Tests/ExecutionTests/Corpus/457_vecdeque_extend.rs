use std::collections::VecDeque;

fn main() {
    let mut queue = VecDeque::from(vec![1, 2, 3]);
    queue.extend([4, 5]);
    println!("{:?} cap {}", queue, queue.capacity());

    let more = vec![6, 7, 8, 9, 10, 11, 12];
    queue.extend(more);
    println!("{:?} cap {}", queue, queue.capacity());

    let extra = [20, 21];
    queue.extend(extra.iter());
    println!("{:?} cap {}", queue, queue.capacity());

    let mut names: VecDeque<String> = VecDeque::new();
    let list = vec![String::from("a"), String::from("b")];
    names.extend(list.iter().cloned());
    names.push_front(String::from("z"));
    println!("{:?} cap {} (list still {:?})", names, names.capacity(), list);

    // Extending a ring that wraps: std reserves first, then writes after the back.
    let mut ring = VecDeque::with_capacity(4);
    ring.push_back(1);
    ring.push_back(2);
    ring.push_back(3);
    ring.pop_front();
    ring.pop_front();
    ring.push_back(4);
    ring.push_back(5);
    ring.extend([6, 7, 8]);
    println!("{:?} cap {}", ring, ring.capacity());
    ring.reserve(20);
    println!("{:?} cap {}", ring, ring.capacity());
}
