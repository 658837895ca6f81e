use std::collections::HashSet;

// Remove duplicates by collecting into a set, then sort what is left.
fn main() {
    let rolls = vec![4, 2, 6, 2, 4, 3, 1, 6, 3, 2];
    let unique: HashSet<i32> = rolls.iter().cloned().collect();
    println!("{} rolls, {} different", rolls.len(), unique.len());
    // The set reserved room for every roll before it saw the duplicates.
    println!("capacity {}", unique.capacity());

    let mut sorted: Vec<i32> = unique.iter().cloned().collect();
    sorted.sort();
    println!("{:?}", sorted);

    // A filter gives no size hint: the set starts empty and grows. Once full, it grows on the
    // next insert, even of a value it already holds.
    let high: HashSet<i32> = rolls.iter().cloned().filter(|r| *r >= 3).collect();
    println!("{} high values, capacity {}", high.len(), high.capacity());
    println!("rolled a 5? {}", high.contains(&5));
    println!("rolled a 6? {}", high.contains(&6));
}
