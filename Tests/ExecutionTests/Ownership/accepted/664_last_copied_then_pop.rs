fn main() {
    let mut stack = vec!["a", "b"];
    let top: &str = stack.last().copied().unwrap();
    stack.pop();
    stack.push("c");
    println!("{} {:?}", top, stack);
}
