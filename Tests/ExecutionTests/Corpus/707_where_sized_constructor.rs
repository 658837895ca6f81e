// A constructor kept out of the trait's objects by `where Self: Sized`: the trait is still usable as `dyn`.
trait Shape {
    fn unit() -> Self
    where
        Self: Sized;
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn unit() -> Self {
        Square(1.0)
    }
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn print_area(shape: &dyn Shape) {
    println!("{}", shape.area());
}

fn main() {
    print_area(&Square::unit());
}
