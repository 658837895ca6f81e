// Operators that borrow their operands: `&a + &b` leaves both points usable, and a
// scalar on the left (`2.0 * p`) needs an impl for f64 itself.
use std::ops::{Add, Mul, Neg, Sub};

#[derive(Debug, Clone, PartialEq)]
struct Point {
    x: f64,
    y: f64,
}

impl Add for &Point {
    type Output = Point;

    fn add(self, other: &Point) -> Point {
        Point { x: self.x + other.x, y: self.y + other.y }
    }
}

impl<'a> Sub<&'a Point> for &'a Point {
    type Output = Point;

    fn sub(self, other: &'a Point) -> Point {
        Point { x: self.x - other.x, y: self.y - other.y }
    }
}

impl Mul<Point> for f64 {
    type Output = Point;

    fn mul(self, p: Point) -> Point {
        Point { x: self * p.x, y: self * p.y }
    }
}

impl Neg for &Point {
    type Output = Point;

    fn neg(self) -> Point {
        Point { x: -self.x, y: -self.y }
    }
}

fn main() {
    let a = Point { x: 1.0, y: 2.0 };
    let b = Point { x: 3.5, y: -1.0 };
    let sum = &a + &b;
    let diff = &b - &a;
    println!("{:?} + {:?} = {:?}", a, b, sum);
    println!("difference {:?}", diff);
    let scaled = 2.0 * sum;
    println!("scaled {:?}", scaled);
    let factor: f64 = 0.5;
    println!("halved {:?}", factor * scaled.clone());
    println!("negated {:?}", -&scaled);
    println!("plain floats still multiply: {}", 2.0 * 4.5);
    println!("equal? {}", &a + &b == Point { x: 4.5, y: 1.0 });
    println!("size of &Point: {}", std::mem::size_of::<&Point>());
}
