// Circle never implements Shape, so it has no SIDES to read.
trait Shape {
    const SIDES: u32;
}

struct Square;
struct Circle;

impl Shape for Square {
    const SIDES: u32 = 4;
}

fn main() {
    let corners = Square::SIDES + Circle::SIDES;
    println!("{}", corners);
}
