// Recursion thousands of frames deep stays well inside an 8 MiB stack.
fn sum_to(n: u64) -> u64 {
    if n == 0 {
        return 0;
    }
    n + sum_to(n - 1)
}

fn depth(n: u32, limit: u32) -> u32 {
    if n == limit {
        return n;
    }
    depth(n + 1, limit)
}

fn power(base: u64, exp: u32) -> u64 {
    if exp == 0 {
        1
    } else if exp % 2 == 0 {
        let half = power(base, exp / 2);
        half * half
    } else {
        base * power(base, exp - 1)
    }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn main() {
    println!("sum_to(10000) = {}", sum_to(10000));
    println!("depth reached {}", depth(0, 50000));
    println!("2^40 = {}", power(2, 40));
    println!("3^20 = {}", power(3, 20));
    println!("gcd(1071, 462) = {}", gcd(1071, 462));
}
