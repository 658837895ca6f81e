// Two mutable looks at the next item at the same time.
fn main() {
    let mut queue = vec![3, 1, 4].into_iter().peekable();
    let first = queue.peek_mut();
    let again = queue.peek_mut();
    if let Some(n) = first {
        *n += 1;
    }
    println!("{:?}", again);
}
