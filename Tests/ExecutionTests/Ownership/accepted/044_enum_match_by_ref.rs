#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect(f64, f64),
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Rect(w, h) => w * h,
    }
}

fn main() {
    let shapes = vec![Shape::Circle(1.0), Shape::Rect(2.0, 3.0)];
    for s in &shapes {
        println!("{:?} -> {}", s, area(s));
    }
    println!("{}", shapes.len());
}
