trait Shape {
    fn area(&self) -> f64;

    fn into_boxed(self) -> Box<dyn Shape>
    where
        Self: Sized,
    {
        Box::new(self)
    }
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    let b = Square(2.0).into_boxed();
    println!("{}", b.area());
}
