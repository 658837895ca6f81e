trait Job {
    fn run(&self) -> i32;
}

struct Seven;

impl Job for Seven {
    fn run(&self) -> i32 {
        7
    }
}

fn run_later(job: Box<dyn Job + Send>) -> i32 {
    job.run()
}

fn main() {
    let job: Box<dyn Job> = Box::new(Seven);
    println!("{}", run_later(job));
}
