// A `&mut` handed to a generic function for its `T` is moved into it, not reborrowed.
fn take<T>(t: T) -> T { t }
fn main() {
    let mut data = vec![1];
    let a = &mut data;
    let b = take(a);
    b.push(2);
    a.push(3);
}
