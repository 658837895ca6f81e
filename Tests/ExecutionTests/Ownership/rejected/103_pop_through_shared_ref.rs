fn main() {
    let mut stack = vec![1, 2, 3];
    let view = &stack;
    let top = view.pop();
    println!("{:?}", top);
}
