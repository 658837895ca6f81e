// One thread walks the list while main removes from it: the article's wild pointer.
use std::thread;

fn main() {
    let mut items = vec![10, 20, 30, 40];
    let reader = thread::spawn(|| {
        let mut sum = 0;
        for x in items.iter() {
            sum += x;
        }
        sum
    });
    items.remove(0);
    println!("sum = {}", reader.join().unwrap());
}
