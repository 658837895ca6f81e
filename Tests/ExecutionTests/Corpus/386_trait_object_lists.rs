// Lists of trait objects borrowed from values on the stack, and a boxed closure lent out
// as `&dyn Fn`.

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Square {
    side: f64,
}

struct Circle {
    radius: f64,
}

struct Dot;

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
    fn name(&self) -> String {
        format!("square {}", self.side)
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.radius * self.radius
    }
    fn name(&self) -> String {
        String::from("circle")
    }
}

impl Shape for Dot {
    fn area(&self) -> f64 {
        0.0
    }
    fn name(&self) -> String {
        "dot".to_string()
    }
}

fn total_area(shapes: &[&dyn Shape]) -> f64 {
    let mut total = 0.0;
    for s in shapes {
        total += s.area();
    }
    total
}

fn apply(f: &dyn Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    let sq = Square { side: 2.0 };
    let c = Circle { radius: 1.0 };
    let pair: [&dyn Shape; 2] = [&sq, &c];
    for s in pair {
        println!("{} has area {:.2}", s.name(), s.area());
    }
    let mut all: Vec<&dyn Shape> = vec![&sq, &c, &Dot];
    all.push(&Dot);
    println!("{} shapes, total {:.2}", all.len(), total_area(&all));
    println!("first two: {:.2}", total_area(&[&sq, &c]));
    println!("size of &dyn Shape: {}", std::mem::size_of::<&dyn Shape>());

    let add_ten: Box<dyn Fn(i32) -> i32> = Box::new(|x| x + 10);
    let borrowed: &dyn Fn(i32) -> i32 = &add_ten;
    println!("{} {}", borrowed(1), apply(&add_ten, 5));
}
