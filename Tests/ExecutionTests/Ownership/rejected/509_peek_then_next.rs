// Keep what peek() saw, then advance the iterator before using it.
fn main() {
    let text = String::from("ab");
    let mut chars = text.chars().peekable();
    let upcoming = chars.peek();
    chars.next();
    println!("{:?}", upcoming);
}
