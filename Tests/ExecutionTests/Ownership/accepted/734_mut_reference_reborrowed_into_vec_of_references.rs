// `refs.push(a)` on a `Vec<&mut i32>` reborrows `a`: once `refs` is done, `a` is usable again.
fn main() {
    let mut x = 1;
    let mut y = 2;
    let a = &mut x;
    {
        let mut refs: Vec<&mut i32> = Vec::new();
        refs.push(a);
        refs.push(&mut y);
        for r in refs.iter_mut() {
            **r += 10;
        }
        println!("{} references", refs.len());
    }
    *a += 1;
    println!("{x} {y}");
}
