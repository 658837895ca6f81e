// `?Sized` lets a generic function take a trait object (or a str) behind a reference;
// each call runs its own instance: one for the struct, one for `dyn Shape`.
use std::fmt::Display;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str;
}

struct Circle {
    r: f64,
}

struct Square {
    s: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> &'static str {
        "circle"
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.s * self.s
    }
    fn name(&self) -> &'static str {
        "square"
    }
}

fn describe<S>(s: &S) -> String
where
    S: Shape + ?Sized,
{
    format!("{} with area {:.2} ({} byte reference)", s.name(), s.area(), std::mem::size_of_val(&s))
}

fn shout<T: ?Sized + Display>(t: &T) -> String {
    format!("{}!", t)
}

fn main() {
    let c = Circle { r: 1.5 };
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square { s: 2.0 }), Box::new(Circle { r: 0.5 })];
    println!("{}", describe(&c));
    for s in shapes.iter() {
        println!("{}", describe(s.as_ref()));
    }
    let d: &dyn Shape = shapes[0].as_ref();
    println!("{}", describe(d));
    println!("{} {}", shout("hello"), shout(&42));
}
