use std::sync::Mutex;

fn shut_down(m: Mutex<u32>) {
    println!("closing with {}", m.lock().unwrap());
}

fn main() {
    let counter = Mutex::new(1);
    let mut guard = counter.lock().unwrap();
    *guard += 1;
    shut_down(counter);
    println!("{}", *guard);
}
