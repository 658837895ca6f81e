struct Point {
    x: i32,
    y: i32,
}

fn nudge(p: &mut Point) {
    p.x += 1;
    p.y -= 1;
}

fn main() {
    let mut p = Point { x: 0, y: 0 };
    nudge(&mut p);
    nudge(&mut p);
    let r = &p;
    println!("({}, {})", r.x, r.y);
}
