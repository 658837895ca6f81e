// Generic arithmetic: a bound on the operator trait lets the body use `+` and `*`.
use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

impl Add for Point {
    type Output = Point;
    fn add(self, other: Point) -> Point {
        Point { x: self.x + other.x, y: self.y + other.y }
    }
}

fn sum_all<T: Add<Output = T> + Copy>(a: T, b: T) -> T {
    a + b
}

fn square<T: std::ops::Mul<Output = T> + Copy>(x: T) -> T {
    x * x
}

fn area<T>(width: T, height: T) -> T
where
    T: Mul<Output = T>,
{
    width * height
}

fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn main() {
    println!("sum of ints: {}", sum_all(5, 7));
    println!("sum of floats: {}", sum_all(1.5, 2.25));
    let p = sum_all(Point { x: 1, y: 2 }, Point { x: 10, y: 20 });
    println!("sum of points: {:?}", p);
    println!("square of 12: {}", square(12));
    println!("square of 0.5: {}", square(0.5f32));
    println!("area: {}", area(3u64, 4));
    let big: u8 = square(15);
    println!("u8 square: {}", big);
    println!("largest: {}", largest(&[34, 50, 25, 100, 65]));
    println!("largest char: {}", largest(&['y', 'm', 'a', 'q']));
    // 16 squared does not fit in a u8: the instance for u8 overflows.
    let too_big: u8 = square(16);
    println!("never printed: {}", too_big);
}
