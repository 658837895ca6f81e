struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn push(&mut self, item: T) {
        self.items.push(item);
    }

    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
}

fn main() {
    let mut stack = Stack { items: vec![1, 2] };
    let top = stack.peek();
    stack.push(3);
    println!("{:?}", top);
}
