struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn doubled_top(&self) -> &i32 {
        let top = self.items[self.items.len() - 1] * 2;
        &top
    }
}

fn main() {
    let s = Stack { items: vec![1, 2, 3] };
    println!("{}", s.doubled_top());
}
