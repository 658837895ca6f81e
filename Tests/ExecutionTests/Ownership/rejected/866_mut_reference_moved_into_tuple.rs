// A tuple's items are moved into it: the `&mut` in `(a, 5)` is no longer `a`'s.
fn main() {
    let mut data = vec![1];
    let a = &mut data;
    let pair = (a, 5);
    pair.0.push(pair.1);
    a.push(3);
    println!("{:?}", data);
}
