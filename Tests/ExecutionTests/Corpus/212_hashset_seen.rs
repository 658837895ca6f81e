use std::collections::HashSet;

fn main() {
    let numbers = vec![4, 8, 15, 16, 23, 42, 8, 15, 4];
    let mut seen = HashSet::new();
    let mut repeated = Vec::new();
    for n in &numbers {
        if !seen.insert(*n) {
            repeated.push(*n);
        }
    }
    println!("repeated: {:?}", repeated);

    let mut unique: Vec<i32> = seen.iter().cloned().collect();
    unique.sort();
    println!("unique: {:?} (capacity {})", unique, unique.capacity());

    let mut even = 0;
    for n in &seen {
        if n % 2 == 0 {
            even += 1;
        }
    }
    let sum: i32 = seen.iter().sum();
    println!("{} even, sum {}", even, sum);
}
