// `iter()` gives `&i32` and `filter` passes a reference to that: `x` is a `&&i32`, and std's
// `%` takes at most one reference on each side.
fn main() {
    let numbers = vec![1, 2, 3, 4, 5, 6];
    let evens: Vec<&i32> = numbers.iter().filter(|x| x % 2 == 0).collect();
    println!("{:?}", evens);
}
