use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct Timeout {
    seconds: u32,
}

impl fmt::Display for Timeout {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "timed out after {}s", self.seconds)
    }
}

impl Error for Timeout {}

fn log(e: &dyn Error) {
    println!("log: {}", e);
}

fn main() {
    let boxed: Box<dyn Error> = Box::new(Timeout { seconds: 5 });
    log(boxed.as_ref());
    log(&*boxed);
    let r = &boxed;
    println!("{} / {:?}", r, boxed);
    let moved = boxed;
    println!("{}", moved);
}
