// A &mut self trait method called through an `&impl Trait` parameter.
trait Shape {
    fn area(&self) -> f64;
    fn scale(&mut self, factor: f64);
}

struct Square {
    side: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
    fn scale(&mut self, factor: f64) {
        self.side *= factor;
    }
}

fn double(shape: &impl Shape) {
    shape.scale(2.0);
}

fn main() {
    let s = Square { side: 1.0 };
    double(&s);
    println!("{}", s.area());
}
