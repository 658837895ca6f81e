use std::collections::VecDeque;

#[derive(Debug, Clone)]
struct Ticket(u8);

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("drop ticket {}", self.0);
    }
}

fn main() {
    let mut ring = VecDeque::with_capacity(4);
    ring.push_back(1);
    ring.push_back(2);
    ring.push_back(3);
    ring.pop_front();
    ring.push_back(4);
    ring.push_back(5);
    let copy = ring.clone();
    println!("{:?} cap {} / copy {:?} cap {}", ring, ring.capacity(), copy, copy.capacity());
    println!("equal? {}", ring == copy);
    ring.truncate(2);
    println!("{:?} cap {}, equal now? {}", ring, ring.capacity(), ring == copy);

    let built_from_front = {
        let mut d = VecDeque::new();
        d.push_front(3);
        d.push_front(2);
        d
    };
    println!("{}", built_from_front == VecDeque::from([2, 3]));

    let mut tickets = VecDeque::from([Ticket(1), Ticket(2), Ticket(3), Ticket(4)]);
    tickets.truncate(2);
    println!("kept {:?}", tickets);
    let saved = tickets.clone();
    tickets.clear();
    println!("cleared, saved {:?}", saved);
}
