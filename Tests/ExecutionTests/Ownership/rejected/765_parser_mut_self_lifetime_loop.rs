// A loop calling a `&'a mut self` method: the loop's own condition reads a field
// the first call left borrowed.
struct Counter<'a> {
    label: &'a str,
    n: u32,
}

impl<'a> Counter<'a> {
    fn bump(&'a mut self) {
        self.n += 1;
    }
}

fn main() {
    let name = String::from("ticks");
    let mut counter = Counter { label: &name, n: 0 };
    while counter.n < 3 {
        counter.bump();
    }
    println!("{} {}", counter.label, counter.n);
}
