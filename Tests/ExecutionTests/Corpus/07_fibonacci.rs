// Recursion with two calls per level, and the same numbers from a loop.
fn fib(n: u32) -> u64 {
    if n < 2 {
        return n as u64;
    }
    fib(n - 1) + fib(n - 2)
}

fn fib_iter(n: u32) -> u64 {
    let mut a: u64 = 0;
    let mut b: u64 = 1;
    for _ in 0..n {
        let next = a + b;
        a = b;
        b = next;
    }
    a
}

fn main() {
    for n in 0..15 {
        print!("{} ", fib(n));
    }
    println!();
    println!("fib(20) = {}", fib(20));
    println!("fib_iter(90) = {}", fib_iter(90));
    println!("{}", fib(25) == fib_iter(25));
}
