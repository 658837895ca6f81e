// The value `pop_it` returns is a `T` (here a `&'static str`), not a borrow of `v`:
// `v` can be changed while it is kept.
fn pop_it<T>(v: &mut Vec<T>) -> Option<T> {
    v.pop()
}

fn main() {
    let mut v = vec!["a", "b"];
    let last = pop_it(&mut v);
    v.push("c");
    v.push("d");
    println!("{:?} {:?}", last, v);
}
