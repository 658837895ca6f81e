// `peek` lends from the stack, so pushing while the peeked value is still used is refused,
// even though the items are `&str`.
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
    let mut stack = Stack { items: vec!["a"] };
    let top = stack.peek();
    stack.push("b");
    println!("{:?}", top);
}
