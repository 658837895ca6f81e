struct Stack {
    items: Vec<usize>,
}

impl Stack {
    fn push(&mut self, x: usize) {
        self.items.push(x);
    }
    fn size(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let mut s = Stack { items: Vec::new() };
    s.push(s.size());
    s.push(s.size() + 100);
    println!("{:?}", s.items);
}
