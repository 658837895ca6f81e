trait Describe {
    fn describe(&self) -> String;
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("int {}", self)
    }
}

impl<T: Describe> Describe for Vec<T> {
    fn describe(&self) -> String {
        let parts: Vec<String> = self.iter().map(|x| x.describe()).collect();
        parts.join(" | ")
    }
}

fn main() {
    let ints = vec![1, 2];
    println!("{}", ints.describe());
    let floats = vec![1.5, 2.5];
    println!("{}", floats.describe());
}
