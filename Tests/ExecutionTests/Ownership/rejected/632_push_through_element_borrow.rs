// `v.push(..)` reserves a mutable borrow of `v` before its argument runs; reading `*first`
// there keeps the first mutable borrow alive across that reservation.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &mut v[0];
    v.push(*first);
    println!("{:?}", v);
}
