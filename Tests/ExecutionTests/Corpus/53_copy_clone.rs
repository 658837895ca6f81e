// Copy types are duplicated on assignment; Clone makes an explicit deep copy.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: f64,
    y: f64,
}

#[derive(Debug, Clone)]
struct Path {
    points: Vec<Point>,
    name: String,
}

fn shift(mut p: Point) -> Point {
    p.x += 1.0;
    p
}

fn main() {
    let p = Point { x: 1.0, y: 2.0 };
    let mut q = p;
    q.y = 5.5;
    println!("{:?} {:?}", p, q);
    let r = shift(p);
    println!("{:?} {:?} {}", p, r, p == r);
    let a = 7;
    let mut b = a;
    b += 1;
    println!("{} {}", a, b);
    let path = Path { points: vec![p, q], name: String::from("route") };
    let mut copy = path.clone();
    copy.points.push(r);
    copy.name.push_str("-2");
    println!("{} has {} points (cap {})", path.name, path.points.len(), path.points.capacity());
    println!("{} has {} points (cap {})", copy.name, copy.points.len(), copy.points.capacity());
    let arr = [p; 3];
    let mut arr2 = arr;
    arr2[0].x = 100.0;
    println!("{:?}", arr[0]);
    println!("{:?}", arr2[0]);
    let t = (1, 'a', 2.5);
    let u = t;
    println!("{:?} {:?}", t, u);
}
