use std::rc::Rc;

trait Job {
    fn run(&self) -> i32;
}

struct Counter {
    count: Rc<i32>,
}

impl Job for Counter {
    fn run(&self) -> i32 {
        *self.count * 2
    }
}

fn main() {
    let count = Rc::new(21);
    let job: Box<dyn Job + Send> = Box::new(Counter { count: Rc::clone(&count) });
    println!("{}", job.run());
}
