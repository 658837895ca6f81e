// Two-phase borrows: the receiver's `&mut` starts only after the arguments have run,
// so they may read the vector (and a shared element borrow that ends there).
fn main() {
    let mut v = vec![1usize, 2, 3];
    v.push(v.len());
    let first = &v[0];
    v.push(*first);
    let r = &mut v;
    r.push(r.len());
    println!("{:?}", v);
}
