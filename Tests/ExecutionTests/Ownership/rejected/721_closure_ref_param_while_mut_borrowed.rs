// The closure's `&str` parameter is a shared borrow, which conflicts with a live `&mut`.
fn main() {
    let measure: Box<dyn Fn(&str) -> usize> = Box::new(|s| s.len());
    let mut text = String::from("ab");
    let writer = &mut text;
    let n = measure(&text);
    writer.push('c');
    println!("{}", n);
}
