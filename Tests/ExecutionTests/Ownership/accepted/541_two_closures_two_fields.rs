// Each closure changes its own field, so both can live at once.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut pt = Point { x: 1, y: 2 };
    let mut move_x = || pt.x += 10;
    let mut move_y = || pt.y += 20;
    move_x();
    move_y();
    move_x();
    println!("{} {}", pt.x, pt.y);
    let mut pair = (1, String::from("a"));
    let mut grow = || pair.1.push('b');
    pair.0 += 5;
    grow();
    println!("{:?}", pair);
}
