// A unit variant, a variant or struct literal of constants and `[0; 3]` borrowed as a
// fallback are promoted constants: the reference outlives the statement.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Color {
    Red,
    Green,
}

#[derive(Debug)]
enum Shape {
    Dot,
    Circle(f64),
}

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut colors = vec![Color::Green];
    let c = colors.get(3).unwrap_or(&Color::Red);
    println!("{:?}", c);
    colors.push(Color::Red);
    let d = *colors.get(9).unwrap_or(&Color::Red);
    colors.push(d);
    println!("{:?}", colors);

    let shapes: Vec<Shape> = vec![Shape::Circle(2.0)];
    let s = shapes.get(4).unwrap_or(&Shape::Dot);
    let t = shapes.get(5).unwrap_or(&Shape::Circle(1.5));
    if let Shape::Circle(r) = t {
        println!("{:?} {}", s, r);
    }

    let pts: Vec<Point> = Vec::new();
    let origin = pts.first().unwrap_or(&Point { x: 0, y: 0 });
    println!("{:?} {}", origin, origin.x + origin.y);

    let opts: Vec<Option<String>> = vec![];
    let o = opts.first().unwrap_or(&None);
    let arr: &[i32; 3] = Some(&[1, 2, 3]).filter(|a| a[0] > 5).unwrap_or(&[0; 3]);
    println!("{:?} {:?}", o, arr);
}
