use std::collections::HashSet;

fn main() {
    let a: HashSet<u8> = [1, 2, 3].into_iter().collect();
    let mut b: HashSet<u8> = [2, 3, 4].into_iter().collect();
    let mut only_a: Vec<u8> = a.difference(&b).copied().collect();
    b.insert(1);
    only_a.sort();
    println!("{:?} {}", only_a, a.is_subset(&b));
}
