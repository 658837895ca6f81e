// Change the next item through `peek_mut`, then take it.
fn main() {
    let mut scores = vec![10, 20, 30].into_iter().peekable();
    if let Some(s) = scores.peek_mut() {
        *s *= 2;
    }
    let first = scores.next();
    println!("{:?} then {:?}", first, scores.peek());
}
