fn main() {
    let mut nums = vec![1, 2, 3];
    nums.extend_from_slice(&nums);
    println!("{:?}", nums);
}
