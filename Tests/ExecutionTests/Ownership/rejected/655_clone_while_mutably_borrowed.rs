// clone(&self) needs a shared borrow while a &mut of the value is still used: E0502.
struct Stack {
    items: Vec<i32>,
}

impl Clone for Stack {
    fn clone(&self) -> Stack {
        Stack { items: self.items.clone() }
    }
}

fn main() {
    let mut s = Stack { items: vec![1, 2] };
    let top = &mut s;
    let copy = s.clone();
    top.items.push(3);
    println!("{} {}", copy.items.len(), s.items.len());
}
