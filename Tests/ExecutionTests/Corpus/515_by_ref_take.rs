// Taking a few items, then the rest, from one iterator of our own.
struct Counter {
    count: u32,
}

impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.count < 5 {
            self.count += 1;
            Some(self.count)
        } else {
            None
        }
    }
}

fn main() {
    let mut c = Counter { count: 0 };
    let firsts: Vec<u32> = c.by_ref().take(2).collect();
    println!("{:?}", firsts);
    let third = c.by_ref().next();
    let rest: Vec<u32> = c.collect();
    println!("{:?} {:?}", third, rest);
    let mut d = Counter { count: 0 };
    let small: u32 = d.by_ref().take_while(|&n| n < 3).sum();
    println!("{} then {:?}", small, d.next());
}
