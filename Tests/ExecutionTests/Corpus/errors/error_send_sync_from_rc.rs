// An error type holding an `Rc` boxed as `dyn Error + Send + Sync`: rustc's E0277, which
// memtutor does not report for this coercion yet, so it refuses it.
use std::error::Error;
use std::rc::Rc;
use std::fmt;

#[derive(Debug)]
struct Shared(Rc<u32>);

impl fmt::Display for Shared {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "shared {}", self.0)
    }
}

impl Error for Shared {}

fn check() -> Result<(), Box<dyn Error + Send + Sync>> {
    Err(Box::new(Shared(Rc::new(1))))
}

fn main() {
    println!("{:?}", check().is_err());
}
