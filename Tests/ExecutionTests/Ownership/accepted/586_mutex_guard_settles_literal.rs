// A mutex around a bare literal, locked and borrowed in several places before a
// function taking `&Mutex<u64>` settles its type.
use std::sync::Mutex;

fn peek(m: &Mutex<u64>) -> u64 {
    let guard = m.lock().unwrap();
    *guard
}

fn main() {
    let m = Mutex::new(0);
    {
        let mut guard = m.lock().unwrap();
        *guard += 40;
        let r = &mut *guard;
        *r += 2;
    }
    let seen = peek(&m);
    let guard = m.lock().unwrap();
    println!("{} {}", seen, *guard);
}
