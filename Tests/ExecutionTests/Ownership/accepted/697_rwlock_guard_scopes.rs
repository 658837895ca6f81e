use std::sync::RwLock;

fn total(lock: &RwLock<Vec<i32>>) -> i32 {
    lock.read().unwrap().iter().sum()
}

fn main() {
    let lock = RwLock::new(vec![1, 2]);
    {
        let mut w = lock.write().unwrap();
        w.push(3);
    }
    let r = lock.read().unwrap();
    let first = r[0];
    drop(r);
    lock.write().unwrap().push(first * 10);
    println!("{}", total(&lock));
}
