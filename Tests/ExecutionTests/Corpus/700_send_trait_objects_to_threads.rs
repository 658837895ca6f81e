use std::mem::size_of;
use std::thread;

trait Task {
    fn run(&self) -> u64;
    fn name(&self) -> String;
}

struct Sum {
    upto: u64,
}

struct Square(u64);

impl Task for Sum {
    fn run(&self) -> u64 {
        (1..=self.upto).sum()
    }
    fn name(&self) -> String {
        format!("sum to {}", self.upto)
    }
}

impl Task for Square {
    fn run(&self) -> u64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        format!("square of {}", self.0)
    }
}

fn main() {
    let tasks: Vec<Box<dyn Task + Send>> = vec![Box::new(Sum { upto: 10 }), Box::new(Square(7))];
    println!("a boxed task is {} bytes", size_of::<Box<dyn Task + Send>>());

    let mut handles = Vec::new();
    for task in tasks {
        let handle = thread::spawn(move || {
            let result = task.run();
            (task.name(), result)
        });
        handles.push(handle);
    }
    for handle in handles {
        let (name, result) = handle.join().unwrap();
        println!("{} = {}", name, result);
    }

    let one: Box<dyn Task + Send> = Box::new(Square(12));
    let worker = thread::spawn(move || one.run() + 1);
    println!("worker gave {}", worker.join().unwrap());
}
