// `Some(a)` takes the `&mut` by value: `Option<T>` has no `&mut` written for its payload, so
// nothing reborrows it, and `a` is gone afterwards.
fn main() {
    let mut queue = vec![1, 2];
    let a = &mut queue;
    let maybe = Some(a);
    if let Some(q) = maybe {
        q.push(3);
    }
    a.push(4);
    println!("{:?}", queue);
}
