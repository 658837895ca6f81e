use std::thread;

struct Worker {
    name: String,
}

impl Worker {
    fn start(&self) -> thread::JoinHandle<()> {
        let name = &self.name;
        thread::spawn(move || println!("worker {} running", name))
    }
}

fn main() {
    let w = Worker { name: String::from("w1") };
    w.start().join().unwrap();
}
