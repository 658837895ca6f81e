// A trait of our own implemented for std types: `Vec<i32>` and `i32`.
// `vec![3, 1, 2]` has element type `{integer}` until the call picks the impl.
trait Describe {
    fn describe(&self) -> String;
}

impl Describe for i32 {
    fn describe(&self) -> String {
        if *self < 0 {
            format!("minus {}", -self)
        } else {
            format!("plus {}", self)
        }
    }
}

impl Describe for Vec<i32> {
    fn describe(&self) -> String {
        let total: i32 = self.iter().sum();
        format!("{} numbers adding up to {}", self.len(), total)
    }
}

fn print_it(item: &dyn Describe) {
    println!("-> {}", item.describe());
}

fn main() {
    let scores = vec![3, 1, 2];
    println!("{}", scores.describe());
    let mut more = Vec::new();
    more.push(-4);
    more.push(10);
    println!("{}", more.describe());
    print_it(&scores);
    print_it(&more[0]);
    let first = scores[0];
    println!("{}", first.describe());
}
