// A HashSet keeps one copy of each value.
use std::collections::HashSet;

fn main() {
    let visits = vec![3, 7, 3, 1, 7, 7, 9];
    let mut seen = HashSet::new();
    let mut repeats = 0;
    for v in &visits {
        if !seen.insert(*v) {
            repeats += 1;
        }
    }
    println!("unique: {}, repeats: {}", seen.len(), repeats);
    println!("has 9: {}, has 4: {}", seen.contains(&9), seen.contains(&4));
    println!("removed 3: {}", seen.remove(&3));
    println!("removed 3 again: {}", seen.remove(&3));
    println!("left: {}, empty: {}", seen.len(), seen.is_empty());
}
