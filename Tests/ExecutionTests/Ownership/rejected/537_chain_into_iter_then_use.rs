// Moving a Vec into a chain with into_iter, then still trying to print it.
fn main() {
    let first = vec![1, 2, 3];
    let second = vec![4, 5];
    let all: Vec<i32> = first.into_iter().chain(second).collect();
    println!("{:?}", all);
    println!("{:?}", second);
}
