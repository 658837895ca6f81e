// Shapes in a module of their own: structs, methods, Display inside the module, `use` lists.
mod shapes {
    use std::fmt;

    pub struct Circle {
        pub r: f64,
    }

    pub struct Rect {
        pub w: f64,
        pub h: f64,
    }

    impl Circle {
        pub fn area(&self) -> f64 {
            PI * self.r * self.r
        }
    }

    impl Rect {
        pub fn square(side: f64) -> Rect {
            Rect { w: side, h: side }
        }

        pub fn area(&self) -> f64 {
            self.w * self.h
        }
    }

    impl fmt::Display for Rect {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "{}x{}", self.w, self.h)
        }
    }

    const PI: f64 = 3.14159;

    pub fn unit() -> Circle {
        Circle { r: 1.0 }
    }
}

use shapes::{Circle, Rect};

fn main() {
    let c = shapes::unit();
    let big = Circle { r: 2.5 };
    let r = Rect { w: 3.0, h: 4.0 };
    let s = shapes::Rect::square(2.0);
    println!("unit circle area: {:.3}", c.area());
    println!("big circle area: {:.3}", big.area());
    println!("rect {} has area {}", r, r.area());
    println!("square {} has area {}", s, s.area());
    let shapes_total = c.area() + big.area() + r.area() + s.area();
    println!("total: {:.2}", shapes_total);
    println!("size of Rect: {}", std::mem::size_of::<Rect>());
}
