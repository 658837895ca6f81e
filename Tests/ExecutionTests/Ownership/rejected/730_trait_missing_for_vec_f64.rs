trait Describe {
    fn describe(&self) -> String;
}

impl Describe for Vec<i32> {
    fn describe(&self) -> String {
        format!("{} numbers", self.len())
    }
}

fn main() {
    let ints = vec![1, 2, 3];
    println!("{}", ints.describe());
    let prices = vec![1.5, 2.25];
    println!("{}", prices.describe());
}
