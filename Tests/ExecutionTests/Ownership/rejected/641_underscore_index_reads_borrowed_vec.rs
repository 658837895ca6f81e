// `_ = v[0];` does not move, but indexing a Vec borrows it, which a live `&mut` forbids.
fn main() {
    let mut v = vec![String::from("a")];
    let r = &mut v;
    _ = v[0];
    r.push(String::from("b"));
    println!("{}", v.len());
}
