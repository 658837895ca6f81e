use std::collections::HashSet;

fn main() {
    let mut seen: HashSet<i32> = [1, 2].into_iter().collect();
    let extra: HashSet<i32> = [2, 3].into_iter().collect();
    let new_ones: Vec<i32> = seen.union(&extra).map(|x| x * 10).collect();
    for n in new_ones {
        seen.insert(n);
    }
    let common = &seen & &extra;
    seen.insert(99);
    println!("{} {}", seen.len(), common.len());
}
