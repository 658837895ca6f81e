use std::collections::VecDeque;

fn main() {
    // How the capacity grows as we push at both ends.
    let mut numbers = VecDeque::new();
    let mut seen = Vec::new();
    for i in 0..20 {
        if i % 3 == 0 {
            numbers.push_front(i);
        } else {
            numbers.push_back(i);
        }
        seen.push(numbers.capacity());
    }
    println!("capacities: {:?}", seen);
    println!("numbers: {:?}", numbers);

    let mut bytes: VecDeque<u8> = VecDeque::with_capacity(3);
    for b in 0..10u8 {
        bytes.push_back(b);
        print!("{} ", bytes.capacity());
    }
    println!();

    // A ring that wraps around before it grows.
    let mut ring = VecDeque::with_capacity(4);
    ring.push_back('a');
    ring.push_back('b');
    ring.push_back('c');
    ring.pop_front();
    ring.push_back('d');
    ring.push_back('e');
    println!("{:?} cap {}", ring, ring.capacity());
    ring.push_back('f');
    println!("{:?} cap {}", ring, ring.capacity());
    let (front, back) = ring.as_slices();
    println!("slices {:?} {:?}", front, back);

    let from_array = VecDeque::from([1, 2, 3]);
    println!("from array: {:?} cap {}", from_array, from_array.capacity());
    let mut small = VecDeque::with_capacity(10);
    small.push_back(1.5);
    small.push_back(2.5);
    small.shrink_to_fit();
    println!("shrunk: {:?} cap {}", small, small.capacity());
}
