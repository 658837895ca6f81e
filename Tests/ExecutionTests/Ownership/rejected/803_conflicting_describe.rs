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
        self.iter().map(|x| x.describe()).collect::<Vec<_>>().join(", ")
    }
}

impl Describe for Vec<i32> {
    fn describe(&self) -> String {
        format!("{} ints", self.len())
    }
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", v.describe());
}
