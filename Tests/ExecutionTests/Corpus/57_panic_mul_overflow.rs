// Multiplication overflow inside recursion: 13! does not fit in an i32.
fn factorial(n: i32) -> i32 {
    if n <= 1 {
        return 1;
    }
    n * factorial(n - 1)
}

fn main() {
    for n in 10..15 {
        println!("{}! = {}", n, factorial(n));
    }
}
