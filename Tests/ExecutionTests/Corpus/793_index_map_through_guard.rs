// Indexing a map through the MutexGuard or Ref that holds it: `Index` is found through Deref.
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let texts = vec!["a b c a", "b c d", "a a d e"];
    let counts: Arc<Mutex<HashMap<String, usize>>> = Arc::new(Mutex::new(HashMap::new()));
    let mut handles = Vec::new();
    for t in texts {
        let counts = Arc::clone(&counts);
        handles.push(thread::spawn(move || {
            for w in t.split_whitespace() {
                let mut m = counts.lock().unwrap();
                *m.entry(w.to_string()).or_insert(0) += 1;
            }
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    let m = counts.lock().unwrap();
    let mut keys: Vec<&String> = m.keys().collect();
    keys.sort();
    for k in keys {
        println!("{}: {}", k, m[k]);
    }

    let prices = RefCell::new(HashMap::new());
    prices.borrow_mut().insert("tea", 250);
    prices.borrow_mut().insert("cake", 400);
    println!("tea costs {}", prices.borrow()["tea"]);
    let boxed = Box::new(prices.into_inner());
    println!("cake costs {}", boxed["cake"]);
}
