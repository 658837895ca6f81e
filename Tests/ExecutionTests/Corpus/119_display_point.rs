// A Point that prints itself with {} through a hand-written Display.
use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

fn main() {
    let p = Point { x: 3, y: -7 };
    println!("p = {}", p);
    println!("by reference: {}", &p);

    // rustc ignores the width: this impl writes with write!, not f.pad.
    println!("[{:>12}]", p);
    println!("[{:<12}]", p);

    let text = p.to_string();
    println!("to_string: {} (len {}, capacity {})", text, text.len(), text.capacity());

    let far = Point { x: 1_000_000, y: 2_000_000 };
    let far_text = far.to_string();
    println!("{} (len {}, capacity {})", far_text, far_text.len(), far_text.capacity());

    let message = format!("moved to {}", far);
    println!("{} (len {}, capacity {})", message, message.len(), message.capacity());

    let named = format!("{p} and {far}");
    println!("{}", named);
    println!("Point is {} bytes", std::mem::size_of::<Point>());
}
