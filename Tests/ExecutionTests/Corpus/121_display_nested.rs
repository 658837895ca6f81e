// Display impls that use each other, writeln!, and a generic function bounded by Display.
use std::fmt;
use std::fmt::Display;

struct Point {
    x: f64,
    y: f64,
}

struct Rectangle {
    top_left: Point,
    bottom_right: Point,
    name: String,
}

impl Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({:.1}, {:.1})", self.x, self.y)
    }
}

impl Display for Rectangle {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "{}:", self.name)?;
        writeln!(f, "  from {}", self.top_left)?;
        write!(f, "  to   {}", self.bottom_right)
    }
}

fn announce<T: Display>(label: &str, item: &T) {
    println!("{label} -> {item}");
}

fn main() {
    let rect = Rectangle {
        top_left: Point { x: 0.0, y: 10.0 },
        bottom_right: Point { x: 4.5, y: 2.25 },
        name: String::from("door"),
    };
    println!("{}", rect);
    announce("corner", &rect.top_left);
    announce("count", &3);

    let summary = rect.to_string();
    println!("summary has {} lines, {} bytes, capacity {}", summary.lines().count(), summary.len(), summary.capacity());

    let corners = [rect.top_left.to_string(), rect.bottom_right.to_string()];
    for c in &corners {
        println!("{} (capacity {})", c, c.capacity());
    }
}
