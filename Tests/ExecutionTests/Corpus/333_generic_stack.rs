// A stack that works for any element type, as in chapter 10.
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

    fn peek(&self) -> Option<&T> {
        self.items.last()
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

fn main() {
    let mut numbers = Stack::new();
    numbers.push(10);
    numbers.push(20);
    numbers.push(30);
    println!("top is {:?}, {} items", numbers.peek(), numbers.len());
    while let Some(n) = numbers.pop() {
        println!("popped {}", n);
    }
    println!("empty now? {}", numbers.is_empty());

    let mut words: Stack<String> = Stack::new();
    words.push(String::from("first"));
    words.push(String::from("second"));
    if let Some(w) = words.peek() {
        println!("peek: {}", w);
    }
    let last = words.pop();
    println!("{:?} left {}", last, words.len());
    println!("Stack<i32>: {} bytes, Stack<String>: {} bytes", std::mem::size_of::<Stack<i32>>(), std::mem::size_of::<Stack<String>>());
}
