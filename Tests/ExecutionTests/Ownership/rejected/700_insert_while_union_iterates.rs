use std::collections::HashSet;

fn main() {
    let mut seen: HashSet<i32> = [1, 2].into_iter().collect();
    let extra: HashSet<i32> = [2, 3].into_iter().collect();
    for x in seen.union(&extra) {
        if *x > 2 {
            seen.insert(*x * 10);
        }
    }
    println!("{}", seen.len());
}
