// `&a | &b` borrows both sets; a set itself on the right is not what the operator takes.
use std::collections::BTreeSet;

fn main() {
    let morning: BTreeSet<u32> = [1, 2, 3].into_iter().collect();
    let evening: BTreeSet<u32> = [3, 4].into_iter().collect();
    let all = &morning | evening;
    println!("{:?}", all);
}
