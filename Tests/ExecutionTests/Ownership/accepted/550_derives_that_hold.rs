// Derives whose fields all have the trait, generic ones bounded by their parameter,
// and a field whose comparison is written by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, PartialEq, Default)]
struct Shape {
    name: String,
    corners: Vec<Point>,
    scale: f64,
    tag: Option<Box<Point>>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Wrapper<T>(T);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Id(u32),
    Name { text: String },
    Pair(Point, char),
}

#[derive(Debug)]
struct Registry {
    entries: Vec<(Key, Shape)>,
    refs: (u8, &'static str),
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p;
    let s = Shape { name: String::from("tri"), corners: vec![p, q], scale: 1.5, tag: None };
    let t = s.clone();
    println!("{:?} {} {}", p, s == t, p < Point { x: 1, y: 3 });
    println!("{:?}", Shape::default());
    let w = Wrapper(String::from("hi"));
    println!("{:?} {}", w.clone(), w == Wrapper(String::from("hi")));
    let n = Wrapper(3);
    let m = n;
    println!("{:?} {:?}", n, m);
    let mut r = Registry { entries: Vec::new(), refs: (1, "one") };
    r.entries.push((Key::Name { text: String::from("a") }, t));
    r.entries.push((Key::Pair(p, 'z'), s));
    println!("{} {:?} {:?}", r.entries.len(), r.refs, Key::Id(4));
}
