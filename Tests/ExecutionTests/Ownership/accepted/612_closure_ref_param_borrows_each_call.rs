// A boxed closure typed from `dyn Fn(&str) -> usize` borrows its argument for the call only.
fn main() {
    let measure: Box<dyn Fn(&str) -> usize> = Box::new(|s| s.len());
    let mut text = String::from("ab");
    let before = measure(&text);
    text.push('c');
    let after = measure(&text);
    println!("{} {} {}", before, after, text);
}
