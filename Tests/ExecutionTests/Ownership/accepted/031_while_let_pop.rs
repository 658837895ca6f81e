fn main() {
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        println!("popped {}", top);
        if top == 2 {
            stack.push(10);
            stack.truncate(0);
        }
    }
    println!("empty: {}", stack.is_empty());
}
