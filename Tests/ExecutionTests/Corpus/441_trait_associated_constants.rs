// Associated constants: each shape says how many sides it has, a trait default fills in
// a name, and a generic function reads the constant of the type it was called with.
trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "polygon";

    fn perimeter(&self) -> f64;

    fn describe(&self) -> String {
        format!("a {} with {} sides, perimeter {:.1}", Self::NAME, Self::SIDES, self.perimeter())
    }
}

struct Square {
    side: f64,
}

struct Triangle {
    a: f64,
    b: f64,
    c: f64,
}

impl Shape for Square {
    const SIDES: u32 = 4;
    const NAME: &'static str = "square";

    fn perimeter(&self) -> f64 {
        self.side * Self::SIDES as f64
    }
}

impl Shape for Triangle {
    const SIDES: u32 = 3;

    fn perimeter(&self) -> f64 {
        self.a + self.b + self.c
    }
}

struct Circle {
    radius: f64,
}

impl Circle {
    const PI: f64 = 3.14159;

    fn area(&self) -> f64 {
        Self::PI * self.radius * self.radius
    }
}

fn count_corners<T: Shape>(shapes: &[T]) -> u32 {
    shapes.len() as u32 * T::SIDES
}

fn main() {
    let square = Square { side: 2.5 };
    let triangle = Triangle { a: 3.0, b: 4.0, c: 5.0 };
    println!("{}", square.describe());
    println!("{}", triangle.describe());
    println!("Square::SIDES = {}, Triangle::NAME = {}", Square::SIDES, Triangle::NAME);
    let tiles = vec![Square { side: 1.0 }, Square { side: 2.0 }, Square { side: 3.0 }];
    println!("{} squares have {} corners", tiles.len(), count_corners(&tiles));
    let total = Square::SIDES + Triangle::SIDES;
    println!("together: {}", total);
    let circle = Circle { radius: 2.0 };
    println!("circle area {:.3} (PI = {})", circle.area(), Circle::PI);
    println!("size of Square: {}", std::mem::size_of::<Square>());
}
