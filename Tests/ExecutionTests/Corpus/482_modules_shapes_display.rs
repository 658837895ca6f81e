// Shapes in a module, each with a Display impl written inside the module.
mod shapes {
    use std::fmt;

    pub const PI: f64 = 3.14159;

    #[derive(Debug, Clone, Copy)]
    pub struct Circle {
        pub radius: f64,
    }

    #[derive(Debug, Clone, Copy)]
    pub struct Rect {
        pub w: f64,
        pub h: f64,
    }

    impl Circle {
        pub fn area(&self) -> f64 {
            PI * self.radius * self.radius
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

    impl fmt::Display for Circle {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "circle r={}", self.radius)
        }
    }

    impl fmt::Display for Rect {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "rect {}x{}", self.w, self.h)
        }
    }
}

use shapes::{Circle, Rect};

fn main() {
    let c = Circle { radius: 2.0 };
    let r = Rect { w: 3.0, h: 4.5 };
    let s = Rect::square(2.5);
    println!("{} has area {:.2}", c, c.area());
    println!("{} has area {:.2}", r, r.area());
    println!("{} has area {:.2}", s, s.area());
    println!("{:?}", c);
    let total = c.area() + r.area() + s.area();
    println!("total {:.3} with pi = {}", total, shapes::PI);
}
