trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

// Without `?Sized`, S cannot be `dyn Shape`.
fn describe<S: Shape>(s: &S) -> String {
    format!("area {}", s.area())
}

fn main() {
    let sq = Square(2.0);
    println!("{}", describe(&sq));
    let d: &dyn Shape = &sq;
    println!("{}", describe(d));
}
