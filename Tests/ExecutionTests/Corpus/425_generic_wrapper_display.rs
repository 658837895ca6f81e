// A generic Wrapper<T> that prints itself with {} whenever T can.
use std::fmt;
use std::fmt::Display;

struct Labeled<T> {
    label: String,
    value: T,
}

impl<T: Display> Display for Labeled<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}={}", self.label, self.value)
    }
}

struct Pair<A, B> {
    left: A,
    right: B,
}

impl<A: fmt::Debug, B: fmt::Debug> fmt::Debug for Pair<A, B> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({:?} | {:?})", self.left, self.right)
    }
}

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

    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
}

fn main() {
    let speed = Labeled { label: String::from("speed"), value: 42 };
    let name = Labeled { label: String::from("name"), value: String::from("Ferris") };
    let ratio = Labeled { label: String::from("ratio"), value: 0.75 };
    println!("{}", speed);
    println!("{} and {}", name, ratio);

    let text = name.to_string();
    println!("{:?} has {} bytes", text, text.len());

    let nested = Labeled { label: String::from("outer"), value: speed };
    println!("{}", nested);

    let p = Pair { left: 'x', right: vec![1, 2, 3] };
    println!("{:?}", p);
    let q = Pair { left: "pi", right: Some(3.14) };
    println!("{:?}", q);

    let mut stack = Stack::new();
    stack.push(Labeled { label: String::from("a"), value: 1u8 });
    stack.push(Labeled { label: String::from("b"), value: 2u8 });
    while let Some(top) = stack.pop() {
        println!("popped {}", top);
    }
    println!("{} {}", std::mem::size_of::<Labeled<u8>>(), std::mem::size_of::<Labeled<f64>>());
}
