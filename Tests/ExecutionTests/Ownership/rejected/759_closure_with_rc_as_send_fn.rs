use std::rc::Rc;
use std::thread;

fn main() {
    let bonus = Rc::new(10);
    let add: Box<dyn Fn(i32) -> i32 + Send> = Box::new(move |x| x + *bonus);
    let handle = thread::spawn(move || add(1));
    println!("{}", handle.join().unwrap());
}
