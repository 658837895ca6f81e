// `&*p.peek().unwrap()` reborrows the `&&String` that `peek` returns, through the `&mut p`
// it took: keeping it across `p.next()` is a second mutable borrow.
fn main() {
    let words = vec![String::from("alpha"), String::from("beta")];
    let mut p = words.iter().peekable();
    let w: &&String = &*p.peek().unwrap();
    p.next();
    println!("{w}");
}
