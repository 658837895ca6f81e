// Adapters are lazy: each one asks the iterator below it for an item only when it needs one.
// The prints show which next() calls really happen, and in which order.
struct Noisy {
    name: char,
    count: u32,
    limit: u32,
}

impl Iterator for Noisy {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.count == self.limit {
            println!("  {} is empty", self.name);
            return None;
        }
        self.count += 1;
        println!("  {} gives {}", self.name, self.count);
        Some(self.count)
    }
}

fn noisy(name: char, limit: u32) -> Noisy {
    Noisy { name, count: 0, limit }
}

fn main() {
    println!("take(2):");
    let firsts: Vec<u32> = noisy('a', 5).take(2).collect();
    println!("{:?}", firsts);

    println!("skip(3) then count:");
    let rest = noisy('b', 4).skip(3).count();
    println!("{rest} left");

    println!("zip with a shorter one:");
    for (x, y) in noisy('c', 3).zip(noisy('d', 2)) {
        println!("pair ({x}, {y})");
    }

    println!("filter then take:");
    let odd: Vec<u32> = noisy('e', 10).filter(|n| n % 2 == 1).take(2).collect();
    println!("{:?}", odd);

    println!("any stops early:");
    let found = noisy('f', 10).any(|n| n * n > 5);
    println!("{found}");
}
