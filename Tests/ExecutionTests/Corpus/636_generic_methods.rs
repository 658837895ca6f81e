// Methods with type parameters of their own: each call with new types runs a method of its
// own (`Stack<i32>::map_all::<String, _>`), with its own frame.
use std::fmt::Display;

struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, x: T) {
        self.items.push(x);
    }
    fn map_all<U, F: Fn(&T) -> U>(&self, f: F) -> Vec<U> {
        let mut out = Vec::new();
        for x in &self.items {
            out.push(f(x));
        }
        out
    }
    fn apply<F>(&mut self, mut f: F)
    where
        F: FnMut(&mut T),
    {
        for x in self.items.iter_mut() {
            f(x);
        }
    }
}

struct Greeter {
    name: String,
    greeted: u32,
}

impl Greeter {
    fn new<S: Into<String>>(name: S) -> Self {
        Greeter { name: name.into(), greeted: 0 }
    }
    fn describe<D: Display>(&self, extra: D) -> String {
        format!("{} says {}", self.name, extra)
    }
    fn greet_all<T>(&mut self, who: &[T])
    where
        T: Display,
    {
        for w in who {
            self.greeted += 1;
            println!("hello {} (#{})", w, self.greeted);
        }
    }
}

fn main() {
    let mut s = Stack::new();
    s.push(1);
    s.push(2);
    let mut changes = 0;
    s.apply(|x| {
        *x += 10;
        changes += 1;
    });
    let labels = s.map_all(|x| format!("<{}>", x));
    let halves = s.map_all(|&x| x as f64 / 2.0);
    println!("{:?} {:?} after {} changes", labels, halves, changes);

    let mut g = Greeter::new("Ann");
    println!("{}", g.describe(5));
    println!("{}", g.describe("hi"));
    println!("{}", g.describe(2.5));
    g.greet_all(&["Bo", "Cy"]);
    g.greet_all(&[7]);
    let h = Greeter::new(String::from("Dee"));
    println!("{} greeted {}", h.describe('!'), h.greeted);
}
