// HashMap has Index but no IndexMut, through a MutexGuard too.
use std::collections::HashMap;
use std::sync::Mutex;

fn main() {
    let mut scores = HashMap::new();
    scores.insert(String::from("ann"), 1);
    let shared = Mutex::new(scores);
    let mut guard = shared.lock().unwrap();
    let name = String::from("ann");
    guard[&name] += 1;
    println!("{}", guard[&name]);
}
