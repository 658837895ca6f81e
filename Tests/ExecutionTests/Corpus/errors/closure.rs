// A closure that captures a local variable.
fn main() {
    let offset = 10;
    let add = |n: i32| n + offset;
    println!("{}", add(5));
}
