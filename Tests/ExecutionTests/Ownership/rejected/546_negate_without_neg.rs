use std::ops::Sub;

#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Sub for Vec2 {
    type Output = Vec2;
    fn sub(self, o: Vec2) -> Vec2 {
        Vec2 { x: self.x - o.x, y: self.y - o.y }
    }
}

fn main() {
    let v = Vec2 { x: 1.0, y: 2.0 };
    let back = -v;
    println!("{:?}", back);
}
