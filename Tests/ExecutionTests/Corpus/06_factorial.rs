// Recursion: factorial computed recursively and iteratively.
fn factorial(n: u64) -> u64 {
    if n == 0 {
        1
    } else {
        n * factorial(n - 1)
    }
}

fn factorial_loop(n: u64) -> u64 {
    let mut result = 1;
    let mut i = 2;
    while i <= n {
        result *= i;
        i += 1;
    }
    result
}

fn main() {
    for n in 0..=20 {
        println!("{:>2}! = {}", n, factorial(n));
    }
    println!("{}", factorial(20) == factorial_loop(20));
}
