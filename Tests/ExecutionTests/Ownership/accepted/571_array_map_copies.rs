fn main() {
    let nums = [1, 2, 3];
    let offset = 10;
    let shifted = nums.map(|n| n + offset);
    println!("{:?} {:?} {}", nums, shifted, offset);
}
