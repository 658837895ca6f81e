// `&**p.peek().unwrap()` reborrows the text the iterator's item points to: a reborrow
// through a shared reference borrows what that reference borrows, not the `&mut p` of `peek`.
fn main() {
    let words = vec![String::from("alpha"), String::from("beta")];
    let mut p = words.iter().peekable();
    let w: &str = &**p.peek().unwrap();
    p.next();
    println!("{w}");
    let names = vec!["x", "y"];
    let mut q = names.iter().peekable();
    let n: &str = &**q.peek().unwrap();
    q.next();
    println!("{n} {:?}", q.next());
    let mut r = names.iter().peekable();
    let peeked = r.peek().unwrap();
    let kept: &str = &**peeked;
    r.next();
    println!("{kept}");
}
