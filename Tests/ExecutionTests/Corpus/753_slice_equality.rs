// Two slices are equal when their elements are: comparing `&[T]` values looks
// through the references at every element, not only at the lengths.
fn same_prefix(a: &[i32], b: &[i32], n: usize) -> bool {
    &a[..n] == &b[..n]
}

fn main() {
    let scores = vec![90, 72, 85];
    let other = vec![90, 71, 85];
    let s: &[i32] = &scores;
    let t: &[i32] = &other;
    println!("s == t: {}", s == t);
    println!("s != t: {}", s != t);
    println!("s < t: {}", s < t);
    println!("s > t: {}", s > t);
    println!("prefix 1: {}", same_prefix(s, t, 1));
    println!("prefix 2: {}", same_prefix(s, t, 2));
    println!("short < long: {}", &scores[..2] < &scores[..]);

    let mut grid = [1, 2, 3, 4];
    let copy = grid;
    let row = &mut grid[2..];
    row[0] = 30;
    println!("changed row == copy's row: {}", row == &copy[2..]);
    println!("{:?} {:?}", grid, copy);

    let words = ["ant", "bee"];
    let more = ["ant", "bee", "cat"];
    let a: &[&str] = &words;
    let b: &[&str] = &more[..2];
    println!("words == first two: {}", a == b);
    let pairs: Vec<&[i32]> = vec![&scores[..1], &other[..1]];
    println!("pairs equal: {}", pairs[0] == pairs[1]);
    let nested = [&scores[1..], &other[1..]];
    println!("tails equal: {}", nested[0] == nested[1]);
}
