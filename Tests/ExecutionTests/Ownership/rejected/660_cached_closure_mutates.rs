struct Cacher<F: Fn(u64) -> u64> {
    f: F,
}

impl<F: Fn(u64) -> u64> Cacher<F> {
    fn new(f: F) -> Self {
        Cacher { f }
    }
    fn value(&self, arg: u64) -> u64 {
        (self.f)(arg)
    }
}

fn main() {
    let mut calls = 0;
    // An Fn closure may not change what it captured.
    let c = Cacher::new(|x| {
        calls += 1;
        x * 2
    });
    println!("{}", c.value(4));
}
