trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn boxed<T: Shape>(shape: T) -> Box<dyn Shape> {
    Box::new(shape)
}

fn main() {
    let b = boxed(Square(2.0));
    println!("{}", b.area());
}
