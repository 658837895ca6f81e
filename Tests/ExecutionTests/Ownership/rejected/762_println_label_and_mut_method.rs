// println! borrows every argument before formatting: c.label stays borrowed
// while c.tick() needs &mut c (E0502).
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
    println!("{}: {}", c.label, c.tick());
}
