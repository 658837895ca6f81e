struct Counter<F: FnMut() -> u32> {
    next: F,
}

impl<F: FnMut() -> u32> Counter<F> {
    // `&self` cannot call an FnMut held in a field.
    fn tick(&self) -> u32 {
        (self.next)()
    }
}

fn main() {
    let mut n = 0;
    let c = Counter { next: || { n += 1; n } };
    println!("{}", c.tick());
}
