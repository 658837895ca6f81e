// #[derive(Debug, Clone, Copy, PartialEq)] and the {:?} / {:#?} forms of nested structs.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, PartialEq)]
struct Shape {
    name: String,
    corners: Vec<Point>,
    origin: Point,
    label: Option<char>,
}

fn main() {
    let p = Point { x: 1, y: -2 };
    println!("{:?}", p);
    println!("{:#?}", p);
    let s = Shape {
        name: String::from("tri"),
        corners: vec![p, Point { x: 4, y: 0 }, Point { x: 0, y: 3 }],
        origin: Point { x: 0, y: 0 },
        label: Some('A'),
    };
    println!("{:?}", s);
    println!("{:#?}", s);
    let t = s.clone();
    println!("{}", t == s);
    let mut u = t.clone();
    u.label = None;
    println!("{}", u == s);
    println!("{:?}", u.label);
    let q = p;
    println!("{}", q == p);
    println!("{}", q != Point { x: 1, y: 2 });
}
