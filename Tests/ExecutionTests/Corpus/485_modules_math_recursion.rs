// Recursive functions inside a module: each call's frame belongs to `math::factorial`.
mod math {
    pub fn factorial(n: u64) -> u64 {
        if n <= 1 { 1 } else { n * factorial(n - 1) }
    }

    pub fn fib(n: u32) -> u64 {
        if n < 2 { n as u64 } else { fib(n - 1) + fib(n - 2) }
    }

    pub mod checks {
        pub fn digits(mut n: u64) -> u32 {
            let mut count = 1;
            while n >= 10 {
                n /= 10;
                count += 1;
            }
            count
        }

        pub fn sum_to(n: u64) -> u64 {
            if n == 0 { 0 } else { n + self::sum_to(n - 1) }
        }
    }
}

use math::checks;

fn main() {
    for n in [1, 5, 10, 20] {
        let f = math::factorial(n);
        println!("{}! = {} ({} digits)", n, f, checks::digits(f));
    }
    println!("fib(20) = {}", math::fib(20));
    println!("sum to 1000 = {}", checks::sum_to(1000));
    println!("21! = {}", math::factorial(21));
}
