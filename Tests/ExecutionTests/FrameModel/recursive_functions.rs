// Learner-style recursive functions whose debug-build frames memtutor's model must match
// within 10 % (RecursionDepthTests): parameters, locals, temporaries, String/Vec/Box, arrays.
use std::collections::HashMap;

fn f(n: u64) -> u64 {
    if n == 0 { 0 } else { 1 + f(n - 1) }
}

fn no_locals(n: u64) {
    if n > 0 {
        no_locals(n - 1)
    }
}

fn fact(n: u64) -> u64 {
    if n == 0 { 1 } else { n * fact(n - 1) }
}

fn fib(n: u32) -> u64 {
    if n < 2 {
        return n as u64;
    }
    fib(n - 1) + fib(n - 2)
}

fn countdown(n: u64) {
    if n == 0 {
        println!("liftoff");
        return;
    }
    println!("{}", n);
    countdown(n - 1);
}

fn three_locals(n: i32) -> i32 {
    let a = n;
    let b = 2;
    let c = a + b;
    if n == 0 { c } else { three_locals(n - 1) }
}

fn sum_to(n: u64) -> u64 {
    if n == 0 {
        return 0;
    }
    n + sum_to(n - 1)
}

fn depth2(n: u32, limit: u32) -> u32 {
    if n == limit {
        return n;
    }
    depth2(n + 1, limit)
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

fn greet(name: String, n: u32) -> usize {
    let s = name.clone();
    if n == 0 { s.len() } else { greet(name, n - 1) }
}

fn with_vec(n: u32) -> i32 {
    let v = vec![1, 2, 3];
    if n == 0 { v[0] } else { with_vec(n - 1) + v[1] }
}

fn with_box(n: u64) -> u64 {
    let b = Box::new(n);
    if n == 0 { *b } else { with_box(n - 1) + 1 }
}

fn arr_i32(n: u32) -> i32 {
    let a = [7i32; 100];
    if n == 0 { a[0] } else { arr_i32(n - 1) + a[99] }
}

fn arr1k(n: u64) -> u64 {
    let buf = [0u8; 1024];
    if n == 0 { buf[0] as u64 } else { arr1k(n - 1) + buf[1023] as u64 }
}

fn arr4k(n: u64) -> u64 {
    let buf = [1u8; 4096];
    if n == 0 { buf[0] as u64 } else { arr4k(n - 1) + buf[4095] as u64 }
}

fn sum_slice(v: &[i32]) -> i32 {
    if v.is_empty() { 0 } else { v[0] + sum_slice(&v[1..]) }
}

fn match_it(n: u32) -> u32 {
    match n {
        0 => 0,
        1 => 1,
        _ => match_it(n - 1) + 1,
    }
}

fn collatz(n: u64, steps: u32) -> u32 {
    if n == 1 {
        steps
    } else if n % 2 == 0 {
        collatz(n / 2, steps + 1)
    } else {
        collatz(3 * n + 1, steps + 1)
    }
}

fn string_build(n: u32) -> String {
    if n == 0 {
        return String::new();
    }
    let mut s = string_build(n - 1);
    s.push('x');
    s
}

fn count_down_str(n: u32, label: &str) -> u32 {
    let msg = format!("{} {}", label, n);
    if n == 0 { msg.len() as u32 } else { count_down_str(n - 1, label) }
}

fn opt_rec(n: Option<u32>) -> u32 {
    match n {
        Some(0) => 0,
        Some(k) => 1 + opt_rec(Some(k - 1)),
        None => 0,
    }
}

fn tuple_rec(p: (i32, i32), n: u32) -> i32 {
    let (x, y) = p;
    if n == 0 { x + y } else { tuple_rec((y, x + 1), n - 1) }
}

struct Point {
    x: i64,
    y: i64,
}

fn walk(p: Point, n: u32) -> i64 {
    if n == 0 {
        return p.x + p.y;
    }
    walk(Point { x: p.x + 1, y: p.y - 1 }, n - 1)
}

fn binary_search(v: &[i32], target: i32, lo: usize, hi: usize) -> Option<usize> {
    if lo >= hi {
        return None;
    }
    let mid = (lo + hi) / 2;
    if v[mid] == target {
        Some(mid)
    } else if v[mid] < target {
        binary_search(v, target, mid + 1, hi)
    } else {
        binary_search(v, target, lo, mid)
    }
}

fn hanoi(n: u32, from: u8, to: u8, via: u8) -> u32 {
    if n == 0 {
        return 0;
    }
    let a = hanoi(n - 1, from, via, to);
    let b = hanoi(n - 1, via, to, from);
    a + b + 1
}

fn sum_vec(v: &Vec<i32>, i: usize) -> i32 {
    if i == v.len() { 0 } else { v[i] + sum_vec(v, i + 1) }
}

fn rev(s: &str) -> String {
    if s.is_empty() {
        return String::new();
    }
    let first = &s[0..1];
    let rest = &s[1..];
    rev(rest) + first
}

fn ackermann(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ackermann(m - 1, 1)
    } else {
        ackermann(m - 1, ackermann(m, n - 1))
    }
}

fn mutual_even(n: u32) -> bool {
    if n == 0 { true } else { mutual_odd(n - 1) }
}

fn mutual_odd(n: u32) -> bool {
    if n == 0 { false } else { mutual_even(n - 1) }
}

fn float_rec(x: f64, n: u32) -> f64 {
    if n == 0 { x } else { float_rec(x * 1.5 + 0.25, n - 1) }
}

fn big_locals(n: u64) -> u64 {
    let a: u64 = n * 2;
    let b: u64 = a + 3;
    let c: u64 = b * a;
    let d: u64 = c - a;
    let e: u64 = d / 2;
    if n == 0 { e } else { big_locals(n - 1) + e % 7 }
}

fn vec_param(v: Vec<u32>, n: u32) -> usize {
    if n == 0 { v.len() } else { vec_param(v, n - 1) }
}

fn map_rec(m: &mut HashMap<u64, u64>, n: u64) -> u64 {
    if n < 2 {
        return n;
    }
    if let Some(v) = m.get(&n) {
        return *v;
    }
    let r = map_rec(m, n - 1) + map_rec(m, n - 2);
    m.insert(n, r);
    r
}

fn main() {
    println!("{}", f(3));
    no_locals(3);
    println!("{}", fact(3));
    println!("{}", fib(3));
    countdown(2);
    println!("{}", three_locals(3));
    println!("{}", sum_to(3));
    println!("{}", depth2(0, 3));
    println!("{}", power(2, 3));
    println!("{}", gcd(12, 8));
    println!("{}", greet(String::from("ann"), 2));
    println!("{}", with_vec(2));
    println!("{}", with_box(2));
    println!("{}", arr_i32(2));
    println!("{}", arr1k(2));
    println!("{}", arr4k(2));
    println!("{}", sum_slice(&[1, 2, 3]));
    println!("{}", match_it(3));
    println!("{}", collatz(6, 0));
    println!("{}", string_build(3));
    println!("{}", count_down_str(2, "go"));
    println!("{}", opt_rec(Some(3)));
    println!("{}", tuple_rec((1, 2), 3));
    println!("{}", walk(Point { x: 1, y: 2 }, 3));
    println!("{:?}", binary_search(&[1, 3, 5, 7], 5, 0, 4));
    println!("{}", hanoi(3, 1, 3, 2));
    println!("{}", sum_vec(&vec![1, 2, 3], 0));
    println!("{}", rev("abc"));
    println!("{}", ackermann(2, 2));
    println!("{}", mutual_even(4));
    println!("{}", float_rec(1.0, 3));
    println!("{}", big_locals(3));
    println!("{}", vec_param(vec![1, 2], 2));
    let mut m = HashMap::new();
    println!("{}", map_rec(&mut m, 10));
}
