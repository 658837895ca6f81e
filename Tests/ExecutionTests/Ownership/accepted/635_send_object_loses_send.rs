trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn total(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn describe(shape: &dyn Shape) -> String {
    format!("area {}", shape.area())
}

fn main() {
    let sendable: Box<dyn Shape + Send + Sync> = Box::new(Square(2.0));
    println!("{}", describe(sendable.as_ref()));
    let shapes: Vec<Box<dyn Shape>> = vec![sendable, Box::new(Square(3.0))];
    println!("{}", total(&shapes));
    let borrowed: &(dyn Shape + Sync) = &Square(1.5);
    println!("{}", describe(borrowed));
}
