// An unsafe block that skips the bounds check.
fn main() {
    let v = vec![1, 2, 3];
    let first = unsafe { v.get_unchecked(0) };
    println!("{}", first);
}
