use std::sync::{Arc, Mutex};
use std::thread;
fn main() {
    let m = Arc::new(Mutex::new(vec![1, 2, 3]));
    let m2 = Arc::clone(&m);
    let r = thread::spawn(move || {
        let mut g = m2.lock().unwrap();
        g.push(4);
        panic!("worker failed holding the lock");
    }).join();
    println!("join err: {}", r.is_err());
    let res = m.lock();
    match res {
        Ok(_) => println!("ok"),
        Err(e) => println!("recovered {:?}", e.into_inner()),
    }
    let v = m.lock().unwrap();
    println!("{:?}", v);
}
