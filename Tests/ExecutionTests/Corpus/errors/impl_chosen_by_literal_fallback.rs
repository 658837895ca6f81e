// Two impls a `Vec<{integer}>` could use: rustc picks `Vec<i32>` by the literals' fallback,
// which memtutor does not model for a trait's impls.
trait Describe {
    fn describe(&self) -> String;
}

impl Describe for Vec<i32> {
    fn describe(&self) -> String {
        format!("i32s: {}", self.len())
    }
}

impl Describe for Vec<i64> {
    fn describe(&self) -> String {
        format!("i64s: {}", self.len())
    }
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", v.describe());
}
