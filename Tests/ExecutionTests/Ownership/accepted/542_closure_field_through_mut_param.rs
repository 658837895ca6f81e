// Through a `&mut` parameter a closure borrows just the field it reads.
struct Point {
    x: i32,
    y: i32,
}

fn nudge(r: &mut Point) {
    let show = || println!("x = {}", r.x);
    r.y += 1;
    show();
    let mut step = || r.x += 1;
    println!("y = {}", r.y);
    step();
    step();
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    nudge(&mut p);
    println!("{} {}", p.x, p.y);
}
