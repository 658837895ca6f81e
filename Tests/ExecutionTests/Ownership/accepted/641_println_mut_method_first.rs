// The &mut borrow of c.tick() ends once it returns its u32, so borrowing
// c.label afterwards in the same println! is fine.
struct Counter {
    label: String,
    n: u32,
}

impl Counter {
    fn tick(&mut self) -> u32 {
        self.n += 1;
        self.n
    }
}

fn main() {
    let mut c = Counter { label: "clicks".to_string(), n: 0 };
    println!("{} {}", c.tick(), c.label);
    let n = c.tick();
    println!("{}: {} {}", c.label, n, c.n);
    let mut v = vec![1, 2];
    println!("{} {:?}", { v.push(3); v.len() }, v);
}
