use std::thread;

fn main() {
    let v = vec![1, 2, 3, 4];
    let part = &v[..2];
    let h = thread::spawn(move || {
        let total: i32 = part.iter().sum();
        println!("sum of first two: {}", total);
    });
    h.join().unwrap();
}
