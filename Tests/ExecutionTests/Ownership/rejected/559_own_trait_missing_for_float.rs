// Describe is written for i32 only, so a float has no describe method.
trait Describe {
    fn describe(&self) -> String;
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("the number {}", self)
    }
}

fn main() {
    let whole: i32 = 3;
    let price: f64 = 2.5;
    println!("{}", whole.describe());
    println!("{}", price.describe());
}
