fn main() {
    let mut stack = vec![String::from("a"), String::from("b")];
    let top = stack.last();
    stack.remove(0);
    if let Some(t) = top {
        println!("top was {}", t);
    }
}
