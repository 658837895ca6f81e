// Calling `next` while a `peek_mut` reference to the item is still alive.
fn main() {
    let mut letters = vec!['a', 'b', 'c'].into_iter().peekable();
    if let Some(c) = letters.peek_mut() {
        letters.next();
        *c = 'z';
    }
    println!("{:?}", letters.next());
}
