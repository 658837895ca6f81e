// A generic stack used with T = &str: what it holds must outlive it.
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, item: T) {
        self.items.push(item);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
}

fn main() {
    let mut stack = Stack::new();
    for i in 0..3 {
        let label = format!("item {}", i);
        stack.push(label.as_str());
    }
    println!("{:?}", stack.pop());
}
