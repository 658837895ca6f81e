// A `Stack<&str>`: `pop` and `top` give back `T` values, which keep no borrow of the stack.
struct Stack<T> {
    items: Vec<T>,
}

impl<T: Copy> Stack<T> {
    fn push(&mut self, item: T) {
        self.items.push(item);
    }

    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }

    fn top(&self) -> T {
        self.items[self.items.len() - 1]
    }
}

fn main() {
    let mut stack = Stack { items: Vec::new() };
    stack.push("x");
    stack.push("y");
    let top = stack.top();
    let popped = stack.pop();
    stack.push("z");
    println!("{top} {:?} {}", popped, stack.top());
}
