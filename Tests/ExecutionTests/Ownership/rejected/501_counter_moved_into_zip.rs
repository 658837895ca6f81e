struct Counter {
    count: u32,
}

impl Iterator for Counter {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.count < 3 {
            self.count += 1;
            Some(self.count)
        } else {
            None
        }
    }
}

fn main() {
    let mut evens = Counter { count: 0 };
    let odds = Counter { count: 1 };
    let products: Vec<u32> = odds.zip(Counter { count: 0 }).map(|(a, b)| a * b).collect();
    println!("{:?} {:?}", products, evens.next());
    println!("{:?}", odds.count);
}
