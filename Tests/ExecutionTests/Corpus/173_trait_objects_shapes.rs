// Trait objects: a Vec of boxed shapes, each drawn through its vtable.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Circle {
    radius: f64,
}

struct Square {
    side: f64,
}

struct Dot;

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.radius * self.radius
    }
    fn name(&self) -> String {
        String::from("circle")
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

impl Shape for Dot {
    fn area(&self) -> f64 {
        0.0
    }
}

fn describe(s: &dyn Shape) {
    println!("{} with area {}", s.name(), s.area());
}

fn main() {
    println!("size of &dyn Shape: {}", std::mem::size_of::<&dyn Shape>());
    println!("size of Box<dyn Shape>: {}", std::mem::size_of::<Box<dyn Shape>>());
    let c = Circle { radius: 2.0 };
    describe(&c);
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { radius: 1.0 }),
        Box::new(Square { side: 3.0 }),
        Box::new(Dot),
    ];
    let mut total = 0.0;
    for s in &shapes {
        total += s.area();
        println!("{}: {}", s.name(), s.area());
    }
    println!("total area {}", total);
    let first: &dyn Shape = &c;
    println!("first is a {}", first.name());
}
