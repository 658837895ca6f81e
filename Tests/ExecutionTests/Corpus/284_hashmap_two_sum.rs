// Two-sum with a HashMap from value to index.
use std::collections::HashMap;

fn two_sum(nums: &[i32], target: i32) -> Option<(usize, usize)> {
    let mut seen: HashMap<i32, usize> = HashMap::new();
    for (i, &n) in nums.iter().enumerate() {
        if let Some(&j) = seen.get(&(target - n)) {
            return Some((j, i));
        }
        seen.insert(n, i);
    }
    None
}

fn main() {
    let nums = vec![2, 7, 11, 15];
    println!("{:?}", two_sum(&nums, 9));
    println!("{:?}", two_sum(&nums, 26));
    println!("{:?}", two_sum(&nums, 100));
}
