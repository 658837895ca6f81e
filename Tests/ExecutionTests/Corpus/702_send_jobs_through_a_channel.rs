use std::sync::mpsc;
use std::thread;

trait Job {
    fn run(&self) -> i32;
    fn label(&self) -> String {
        String::from("job")
    }
}

struct Fixed(i32);

impl Job for Fixed {
    fn run(&self) -> i32 {
        self.0
    }
}

fn make_adder(n: i32) -> Box<dyn Fn(i32) -> i32 + Send> {
    Box::new(move |x| x + n)
}

fn apply(f: &dyn Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    let add = make_adder(3);
    let plain: Box<dyn Fn(i32) -> i32> = add;
    println!("plain(4) = {}", plain(4));
    let add_ten = make_adder(10);
    println!("apply = {}", apply(&add_ten, 1));

    let mut queue: Vec<Box<dyn Job + Send>> = Vec::new();
    queue.push(Box::new(Fixed(5)));
    queue.push(Box::new(Fixed(6)));
    println!("queue len {} cap {}", queue.len(), queue.capacity());

    let (tx, rx) = mpsc::channel::<Box<dyn Job + Send>>();
    let worker = thread::spawn(move || {
        let mut sum = 0;
        for job in rx {
            println!("{} gives {}", job.label(), job.run());
            sum += job.run();
        }
        sum
    });
    for job in queue {
        tx.send(job).unwrap();
    }
    drop(tx);
    println!("sum {}", worker.join().unwrap());

    let last: &mut (dyn Job + Send) = &mut Fixed(9);
    println!("last {}", last.run());
}
