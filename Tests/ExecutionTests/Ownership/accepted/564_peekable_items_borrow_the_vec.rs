// A `Peekable` over `v.iter()` hands out references into `v`; once it is no longer used,
// `v` can be changed again.
fn main() {
    let mut v = vec![1, 1, 2, 3, 3, 3];
    let mut it = v.iter().peekable();
    let mut runs = Vec::new();
    while let Some(&x) = it.next() {
        let mut n = 1;
        while it.next_if(|&&y| y == x).is_some() {
            n += 1;
        }
        runs.push((x, n));
    }
    v.push(4);
    println!("{runs:?} {v:?}");
}
