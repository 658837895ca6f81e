// A log shared by threads: the types are written out the first time, as the book does.
use std::sync::{Arc, Mutex};
use std::thread;

struct Inventory {
    items: Vec<(String, u32)>,
}

impl Inventory {
    fn lookup(&self, name: &str) -> Option<&(String, u32)> {
        self.items.iter().find(|(n, _)| n == name)
    }

    fn find(&self, wanted: u32) -> bool {
        self.items.iter().any(|(_, q)| *q == wanted)
    }
}

fn main() {
    let log: Arc<Mutex<Vec<String>>> = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for id in 0..3 {
        let log = Arc::clone(&log);
        handles.push(thread::spawn(move || {
            log.lock().unwrap().push(format!("worker {}", id));
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    let mut lines = log.lock().unwrap().clone();
    lines.sort();
    println!("{:?}", lines);

    let counts: Mutex<Vec<i32>> = Mutex::new(vec![]);
    counts.lock().unwrap().push(7);
    println!("{:?}", counts.lock().unwrap());

    let inv = Inventory { items: vec![("apple".to_string(), 3), ("pear".to_string(), 0)] };
    let (name, qty) = inv.lookup("apple").unwrap();
    println!("{} {}", name, qty);
    let wanted = 0;
    println!("{} {}", inv.find(wanted), inv.find(5));
}
