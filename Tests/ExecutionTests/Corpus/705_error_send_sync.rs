// `Box<dyn Error + Send + Sync>`: the error box that may cross threads.
// `?` boxes std's errors, a text, or our own error type into it.
use std::error::Error;
use std::fmt;
use std::thread;

#[derive(Debug)]
struct TooBig(u32);

impl fmt::Display for TooBig {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} is too big", self.0)
    }
}

impl Error for TooBig {}

type BoxError = Box<dyn Error + Send + Sync>;

fn check(text: &str) -> Result<u32, BoxError> {
    let n: u32 = text.trim().parse()?;
    if n > 10 {
        return Err(Box::new(TooBig(n)));
    }
    if n == 0 {
        return Err("zero is not allowed".into());
    }
    Ok(n * 2)
}

fn main() -> Result<(), Box<dyn Error + Send + Sync>> {
    let worker = thread::spawn(|| check("20"));
    match worker.join().unwrap() {
        Ok(v) => println!("worker: {}", v),
        Err(e) => println!("worker failed: {}", e),
    }
    for text in ["3", " 7 ", "0", "11"] {
        match check(text) {
            Ok(v) => println!("{:?} -> {}", text, v),
            Err(e) => println!("{:?} -> error: {}", text, e),
        }
    }
    let total = check("4")? + check("5")?;
    println!("total {}", total);
    let bad = check("four")?;
    println!("never printed {}", bad);
    Ok(())
}
