use std::cmp::Ordering;

fn describe(a: i32, b: i32) -> &'static str {
    match a.cmp(&b) {
        Ordering::Less => "smaller",
        Ordering::Equal => "the same",
        Ordering::Greater => "bigger",
    }
}

fn binary_search(sorted: &[i32], target: i32) -> Option<usize> {
    let mut low = 0;
    let mut high = sorted.len();
    while low < high {
        let mid = (low + high) / 2;
        match sorted[mid].cmp(&target) {
            Ordering::Equal => return Some(mid),
            Ordering::Less => low = mid + 1,
            Ordering::Greater => high = mid,
        }
    }
    None
}

fn main() {
    println!("3 is {} than 9", describe(3, 9));
    println!("9 is {} as 9", describe(9, 9));
    let data = [2, 5, 8, 12, 16, 23, 38];
    println!("{:?} {:?}", binary_search(&data, 23), binary_search(&data, 7));
}
