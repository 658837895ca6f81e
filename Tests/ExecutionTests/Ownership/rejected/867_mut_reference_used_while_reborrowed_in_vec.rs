// `refs.push(a)` reborrows `*a` for as long as `refs` is used: writing through `a` meanwhile is
// a second mutable use.
fn main() {
    let mut x = 1;
    let mut y = 2;
    let a = &mut x;
    let mut refs: Vec<&mut i32> = Vec::new();
    refs.push(a);
    refs.push(&mut y);
    *a += 1;
    println!("{}", refs.len());
}
