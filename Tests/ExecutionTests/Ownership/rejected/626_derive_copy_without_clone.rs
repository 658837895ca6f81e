// Copy is a subtrait of Clone: deriving Copy alone leaves the Clone it needs missing.
#[derive(Debug, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p;
    println!("{:?} {:?}", p, q);
}
