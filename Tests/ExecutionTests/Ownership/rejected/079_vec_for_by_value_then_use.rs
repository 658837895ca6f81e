fn main() {
    let nums = vec![1, 2, 3];
    for n in nums {
        println!("{}", n);
    }
    println!("{}", nums.len());
}
