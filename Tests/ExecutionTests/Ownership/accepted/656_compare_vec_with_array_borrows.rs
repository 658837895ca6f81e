// Comparing a Vec with an array or a slice only borrows both sides: the Vec
// can be changed and used again afterwards.
fn main() {
    let mut stack = vec![1, 2, 3];
    let top_two = &stack[1..];
    let same = top_two == [2, 3];
    println!("top two are [2, 3]: {}", same);
    stack.push(4);
    println!("{}", stack == [1, 2, 3, 4]);
    let view = &mut stack[..2];
    view[0] = 10;
    println!("{}", view == &[10, 2]);
    stack.pop();
    assert_eq!(stack, [10, 2, 3]);
    println!("{:?}", stack);
}
