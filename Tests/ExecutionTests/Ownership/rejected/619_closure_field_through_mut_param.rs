// Through a `&mut` parameter the closure borrows `r.x`, which is then changed.
struct Point {
    x: i32,
    y: i32,
}

fn nudge(r: &mut Point) {
    let show = || println!("x = {}", r.x);
    r.y += 1;
    r.x += 1;
    show();
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    nudge(&mut p);
}
