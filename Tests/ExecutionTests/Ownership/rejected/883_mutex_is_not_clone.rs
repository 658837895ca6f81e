// A learner tries to hand a copy of a mutex to a second owner; Mutex is not Clone.
use std::sync::Mutex;

fn main() {
    let counter = Mutex::new(1);
    let copy = counter.clone();
    *copy.lock().unwrap() += 1;
    println!("{:?}", counter);
}
