// A trait with a &self method and a &mut self method, implemented by two shapes; calls on
// values, on references and on mutable references all bind at compile time.
trait Shape {
    fn area(&self) -> f64;
    fn scale(&mut self, factor: f64);
    fn describe(&self) -> String {
        format!("a shape of area {:.2}", self.area())
    }
}

struct Rect {
    w: f64,
    h: f64,
}

struct Circle {
    r: f64,
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn scale(&mut self, factor: f64) {
        self.w *= factor;
        self.h *= factor;
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
    fn scale(&mut self, factor: f64) {
        self.r *= factor;
    }
    fn describe(&self) -> String {
        format!("a circle of radius {}", self.r)
    }
}

fn grow(rect: &mut Rect) {
    rect.scale(2.0);
}

fn main() {
    let mut r = Rect { w: 3.0, h: 4.0 };
    let mut c = Circle { r: 1.0 };
    println!("{} / {}", r.describe(), c.describe());
    grow(&mut r);
    c.scale(3.0);
    println!("{} / {}", r.describe(), c.describe());
    let total = r.area() + c.area();
    println!("total area {:.3}", total);
    let rr = &r;
    println!("rect area through a reference: {}", rr.area());
}
