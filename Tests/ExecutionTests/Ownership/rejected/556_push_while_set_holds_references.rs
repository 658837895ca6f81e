use std::collections::HashSet;
fn main() {
    let mut v = vec![3, 1, 3, 2];
    let seen: HashSet<&i32> = v.iter().collect();
    v.push(4);
    println!("{}", seen.len());
}
