// Collecting into a set to drop the repeats.
use std::collections::HashSet;

fn main() {
    let rolls = vec![3, 6, 3, 1, 6];
    let distinct: HashSet<i32> = rolls.into_iter().collect();
    println!("{} different", distinct.len());
}
