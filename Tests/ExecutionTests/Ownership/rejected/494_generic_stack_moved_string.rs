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
}

fn main() {
    let mut stack = Stack::new();
    let name = String::from("Ferris");
    stack.push(name);
    println!("pushed {}", name);
}
