// `where Self: Sized` keeps a method out of the trait object's vtable:
// the trait still works as `dyn Shape`, and the method works on each concrete type.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;

    fn describe(self) -> String
    where
        Self: Sized,
    {
        format!("{} with area {:.1}", self.name(), self.area())
    }

    fn scaled(&self, k: f64) -> Self
    where
        Self: Sized;
}

struct Square(f64);
struct Circle(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        String::from("square")
    }
    fn scaled(&self, k: f64) -> Square {
        Square(self.0 * k)
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.0 * self.0
    }
    fn name(&self) -> String {
        String::from("circle")
    }
    fn scaled(&self, k: f64) -> Circle {
        Circle(self.0 * k)
    }
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0)), Box::new(Circle(1.0))];
    for s in &shapes {
        println!("{}: {:.2}", s.name(), s.area());
    }
    println!("total {:.2}", total_area(&shapes));

    let big = Square(1.5).scaled(2.0);
    println!("{}", big.describe());
    let small = Circle(2.0).scaled(0.5);
    let r: &dyn Shape = &small;
    println!("{} {:.2}", r.name(), r.area());
    println!("{}", small.describe());
    println!("fat pointer: {} bytes", std::mem::size_of::<&dyn Shape>());
}
