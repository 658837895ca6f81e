// An endless iterator: only take() or a break stops it.
struct Fibonacci {
    current: u64,
    next: u64,
}

impl Fibonacci {
    fn new() -> Self {
        Fibonacci { current: 0, next: 1 }
    }
}

impl Iterator for Fibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<Self::Item> {
        let value = self.current;
        self.current = self.next;
        self.next += value;
        Some(value)
    }
}

fn main() {
    let first: Vec<u64> = Fibonacci::new().take(10).collect();
    println!("{:?}", first);
    println!("len {} capacity {}", first.len(), first.capacity());

    let evens: Vec<u64> = Fibonacci::new().filter(|f| f % 2 == 0).take(4).collect();
    println!("the first even ones: {:?}", evens);

    let mut fib = Fibonacci::new();
    loop {
        let f = fib.next().unwrap();
        if f > 50 {
            println!("the first above 50 is {f}");
            break;
        }
    }
    println!("fib now holds {} and {}", fib.current, fib.next);

    for (i, f) in Fibonacci::new().skip(3).take(3).enumerate() {
        println!("item {i} after skipping three: {f}");
    }
}
