// Doubling a list by extending it with itself.
fn main() {
    let mut numbers = vec![1, 2, 3];
    numbers.extend(numbers.iter());
    println!("{:?}", numbers);
}
