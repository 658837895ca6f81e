// dbg! prints where it is, what it looked at, and the value (pretty Debug) to stderr,
// then hands the value back.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn area(w: u32, h: u32) -> u32 {
    dbg!(w * h)
}

fn main() {
    let a = dbg!(area(3, 4)) + 1;
    println!("a = {}", a);

    let p = Point { x: 1, y: -2 };
    dbg!(&p);
    let names = vec![String::from("x"), String::from("yz")];
    let moved = dbg!(names);
    println!("{} names, capacity {}", moved.len(), moved.capacity());

    let maybe: Option<&String> = dbg!(moved.first());
    println!("{:?}", maybe);
    dbg!(p.x + p.y);
}
