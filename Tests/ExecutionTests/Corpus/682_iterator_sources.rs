// Iterators made from nothing but a value or a closure: repeat, successors, from_fn.
use std::iter;

fn banner(title: &str) -> String {
    let line: String = iter::repeat('=').take(title.len() + 4).collect();
    format!("{}\n| {} |\n{}", line, title, line)
}

fn main() {
    println!("{}", banner("memtutor"));

    let zeros: Vec<i32> = iter::repeat(0).take(5).collect();
    println!("{:?} capacity {}", zeros, zeros.capacity());

    // Each item is a clone of the String the iterator holds; the original is moved in.
    let greeting = String::from("hi");
    let greetings: Vec<String> = iter::repeat(greeting).take(3).collect();
    println!("{:?} capacity {}", greetings, greetings.capacity());

    let powers: Vec<u32> = iter::successors(Some(1u32), |&x| if x < 500 { Some(x * 3) } else { None }).collect();
    println!("{:?} capacity {}", powers, powers.capacity());

    let collatz: Vec<u64> = iter::successors(Some(7u64), |&n| {
        if n == 1 {
            None
        } else if n % 2 == 0 {
            Some(n / 2)
        } else {
            Some(3 * n + 1)
        }
    })
    .collect();
    println!("{} steps, capacity {}", collatz.len() - 1, collatz.capacity());

    let mut count = 0;
    let squares: Vec<i32> = iter::from_fn(|| {
        count += 1;
        if count <= 5 { Some(count * count) } else { None }
    })
    .collect();
    println!("{:?} capacity {} after {} calls", squares, squares.capacity(), count);

    let mut a = 0u64;
    let mut b = 1u64;
    let fib: Vec<u64> = iter::from_fn(|| {
        let r = a;
        a = b;
        b += r;
        Some(r)
    })
    .take(10)
    .collect();
    println!("{:?}", fib);
}
