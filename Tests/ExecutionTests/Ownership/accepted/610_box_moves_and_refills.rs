// Moving out of a box by `*b`, by a field or by a pattern: what is left stays usable, and
// `*b = …` fills the box again without dropping the value that moved out.
struct N(&'static str);
impl Drop for N {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Person {
    name: String,
    age: u32,
}

enum Shape {
    Named(String),
    Empty,
}

fn pick(named: bool) -> Shape {
    if named {
        Shape::Named(String::from("circle"))
    } else {
        Shape::Empty
    }
}

fn main() {
    let mut b = Box::new(String::from("first"));
    let inner = *b;
    *b = String::from("second");
    println!("{} {}", inner, b);

    let p = Box::new(Person { name: String::from("Ada"), age: 36 });
    let name = p.name;
    println!("{} is {}", name, p.age);

    let pair = Box::new((N("boxed"), 7));
    let (n, count) = *pair;
    println!("took {} {}", n.0, count);

    let shape = Box::new(pick(true));
    match *shape {
        Shape::Named(s) => println!("named {}", s),
        Shape::Empty => println!("empty"),
    }
    let mut holder = Box::new(N("old"));
    let taken = *holder;
    *holder = N("new");
    println!("{} {}", taken.0, holder.0);
    let again = Box::new(N("again"));
    let moved = *again;
    println!("moved {}", moved.0);
}
