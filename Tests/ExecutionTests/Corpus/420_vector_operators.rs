// A 2-D vector type with + - * and unary minus, the way a physics toy starts.
use std::ops::{Add, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Add for Vec2 {
    type Output = Vec2;

    fn add(self, other: Vec2) -> Vec2 {
        Vec2 { x: self.x + other.x, y: self.y + other.y }
    }
}

impl Sub for Vec2 {
    type Output = Self;

    fn sub(self, other: Self) -> Self::Output {
        Vec2 { x: self.x - other.x, y: self.y - other.y }
    }
}

// Scaling by a number: the right-hand side is an f64, not another Vec2.
impl Mul<f64> for Vec2 {
    type Output = Vec2;

    fn mul(self, k: f64) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }
}

// The dot product: Vec2 * Vec2 gives a number.
impl Mul for Vec2 {
    type Output = f64;

    fn mul(self, other: Vec2) -> f64 {
        self.x * other.x + self.y * other.y
    }
}

impl Neg for Vec2 {
    type Output = Vec2;

    fn neg(self) -> Vec2 {
        Vec2 { x: -self.x, y: -self.y }
    }
}

fn main() {
    let position = Vec2 { x: 1.0, y: 2.0 };
    let velocity = Vec2 { x: 0.5, y: -0.25 };
    let dt = 0.1;

    // Vec2 is Copy, so position and velocity can be used again after `+`.
    let next = position + velocity * dt;
    println!("next = {:?}", next);
    println!("moved by {:?}", next - position);
    println!("reversed {:?}", -velocity);
    println!("dot = {}", position * velocity);
    println!("still there: {:?} {:?}", position, velocity);
    println!("same? {}", position + velocity == velocity + position);

    let mut p = Vec2 { x: 0.0, y: 0.0 };
    for step in 0..3 {
        p = p + velocity;
        println!("step {}: {:?}", step, p);
    }
    println!("size of Vec2: {} bytes", std::mem::size_of::<Vec2>());
}
