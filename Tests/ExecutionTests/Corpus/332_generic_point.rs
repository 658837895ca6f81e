#[derive(Debug)]
struct Point<T> {
    x: T,
    y: T,
}

impl<T> Point<T> {
    fn x(&self) -> &T {
        &self.x
    }
}

impl Point<f32> {
    fn distance_from_origin(&self) -> f32 {
        (self.x.powi(2) + self.y.powi(2)).sqrt()
    }
}

fn main() {
    let integer = Point { x: 5, y: 10 };
    let float = Point { x: 1.0, y: 4.0 };
    let p: Point<f32> = Point { x: 3.0, y: 4.0 };
    println!("integer.x = {}", integer.x());
    println!("float = {:?}", float);
    println!("distance = {}", p.distance_from_origin());
    println!("sizes: {} {} {}", std::mem::size_of::<Point<i32>>(), std::mem::size_of::<Point<f64>>(), std::mem::size_of::<Point<u8>>());
}
