// Scoped threads may borrow local data: each half of the vector is summed on its own thread.
use std::thread;

fn main() {
    let numbers: Vec<u64> = (1..=10).collect();
    let (left, right) = numbers.split_at(numbers.len() / 2);

    let total = thread::scope(|s| {
        let first = s.spawn(|| left.iter().sum::<u64>());
        let second = s.spawn(|| right.iter().sum::<u64>());
        first.join().unwrap() + second.join().unwrap()
    });

    println!("left has {} numbers, right has {}", left.len(), right.len());
    println!("total: {total}");
    println!("numbers is still here: {:?}", numbers);
}
