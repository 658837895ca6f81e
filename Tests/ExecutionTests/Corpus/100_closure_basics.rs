// Chapter 13: closures that look like little functions.
fn main() {
    let add_one = |x| x + 1;
    let square = |n: i64| n * n;
    let add = |a: i32, b: i32| -> i32 { a + b };
    let say_hi = || println!("hi!");

    say_hi();
    println!("add_one(4) = {}", add_one(4));
    println!("square(12) = {}", square(12));
    println!("add(2, 3) = {}", add(2, 3));

    let total = add(add_one(1), add_one(2));
    println!("total = {total}");

    let is_even = |n: u32| n % 2 == 0;
    for i in 1..=6 {
        if is_even(i) {
            println!("{i} is even");
        } else {
            println!("{i} is odd");
        }
    }
}
