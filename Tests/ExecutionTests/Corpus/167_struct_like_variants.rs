#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape {
    Rect { w: u32, h: u32 },
    Circle { r: f64 },
    Dot,
}

#[derive(Debug)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(i32, i32, i32),
}

impl Message {
    fn call(&self) {
        match self {
            Message::Quit => println!("quit"),
            Message::Move { x, y } => println!("move to {x},{y}"),
            Message::Write(text) => println!("write {text}"),
            Message::ChangeColor(r, g, b) => println!("color {r} {g} {b}"),
        }
    }
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Rect { w, h } => (*w * *h) as f64,
        Shape::Circle { r } => 3.14 * r * r,
        Shape::Dot => 0.0,
    }
}

fn main() {
    use Shape::*;
    let shapes = [Rect { w: 3, h: 4 }, Circle { r: 1.5 }, Dot, Shape::Rect { h: 2, w: 9 }];
    for s in &shapes {
        println!("{:?} has area {}", s, area(s));
    }
    println!("{:#?}", shapes[0]);
    if let Rect { w, .. } = shapes[3] {
        println!("width {}", w);
    }
    println!("{}", shapes[0] == Rect { w: 3, h: 4 });
    let msgs = vec![Message::Move { x: 1, y: -2 }, Message::Write(String::from("hi")), Message::Quit, Message::ChangeColor(1, 2, 3)];
    for m in &msgs {
        m.call();
    }
    println!("{:?}", msgs[0]);
    println!("{} {}", std::mem::size_of::<Shape>(), std::mem::size_of::<Message>());
}
