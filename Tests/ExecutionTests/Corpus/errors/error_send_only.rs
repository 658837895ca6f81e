// `Box<dyn Error + Send>`: std's `From` impls box into `dyn Error` and
// `dyn Error + Send + Sync` only, which memtutor models; this one is refused.
use std::error::Error;

fn check(n: u32) -> Result<u32, Box<dyn Error + Send>> {
    if n == 0 {
        return Err(Box::new(std::fmt::Error));
    }
    Ok(n)
}

fn main() {
    println!("{:?}", check(2).is_ok());
}
