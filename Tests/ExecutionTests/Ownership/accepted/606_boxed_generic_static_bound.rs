trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn boxed<T: Shape + 'static>(shape: T) -> Box<dyn Shape> {
    Box::new(shape)
}

fn keep_all<T>(items: Vec<T>) -> Vec<Box<dyn Shape>>
where
    T: Shape + Send + 'static,
{
    let mut out: Vec<Box<dyn Shape>> = Vec::new();
    for item in items {
        out.push(Box::new(item));
    }
    out
}

fn main() {
    let b = boxed(Square(2.0));
    println!("{}", b.area());
    let all = keep_all(vec![Square(1.0), Square(3.0)]);
    println!("{}", all.len());
}
