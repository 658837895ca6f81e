struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 0, y: 0 };
    p.x = 5;
    println!("{} {}", p.x, p.y);
}
