use std::sync::RwLock;

fn consume(lock: RwLock<Vec<i32>>) -> usize {
    lock.read().unwrap().len()
}

fn main() {
    let lock = RwLock::new(vec![1, 2, 3]);
    let first = lock.read().unwrap();
    let n = consume(lock);
    println!("{} {}", first[0], n);
}
