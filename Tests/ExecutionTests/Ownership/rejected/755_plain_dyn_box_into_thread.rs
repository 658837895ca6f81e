use std::thread;

trait Job {
    fn run(&self) -> i32;
}

struct Adder(i32, i32);

impl Job for Adder {
    fn run(&self) -> i32 {
        self.0 + self.1
    }
}

fn main() {
    // Without `+ Send` the box may hold a value that must stay on this thread.
    let job: Box<dyn Job> = Box::new(Adder(2, 3));
    let handle = thread::spawn(move || job.run());
    println!("result = {}", handle.join().unwrap());
}
