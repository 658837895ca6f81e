// Bounds on a struct's own type parameters: a Display wrapper, a where clause, and a cache
// that holds the closure it calls through its field.
use std::collections::HashMap;
use std::fmt::Display;

struct Labelled<T: Display> {
    label: &'static str,
    value: T,
}

impl<T: Display> Labelled<T> {
    fn show(&self) -> String {
        format!("{}: {}", self.label, self.value)
    }
}

struct Pair<T>
where
    T: PartialOrd + Copy,
{
    a: T,
    b: T,
}

impl<T> Pair<T>
where
    T: PartialOrd + Copy,
{
    fn larger(&self) -> T {
        if self.a > self.b { self.a } else { self.b }
    }
}

struct Cacher<F: Fn(u64) -> u64> {
    f: F,
    cache: HashMap<u64, u64>,
    hits: u32,
}

impl<F: Fn(u64) -> u64> Cacher<F> {
    fn new(f: F) -> Self {
        Cacher { f, cache: HashMap::new(), hits: 0 }
    }

    fn value(&mut self, arg: u64) -> u64 {
        if let Some(&v) = self.cache.get(&arg) {
            self.hits += 1;
            return v;
        }
        let v = (self.f)(arg);
        self.cache.insert(arg, v);
        v
    }
}

fn main() {
    let price = Labelled { label: "price", value: 2.5 };
    let name = Labelled { label: "name", value: String::from("tea") };
    println!("{} / {}", price.show(), name.show());
    println!("sizes {} {}", std::mem::size_of_val(&price), std::mem::size_of_val(&name));

    let p = Pair { a: 3, b: 9 };
    let q = Pair { a: 'x', b: 'c' };
    println!("larger {} {} (sizes {} {})", p.larger(), q.larger(), std::mem::size_of_val(&p), std::mem::size_of_val(&q));

    let offset = 7;
    let mut c = Cacher::new(move |x| {
        println!("  computing {x}");
        x * x + offset
    });
    for a in [3, 4, 3, 3] {
        println!("value({a}) = {}", c.value(a));
    }
    println!("hits {} cached {} size {}", c.hits, c.cache.len(), std::mem::size_of_val(&c));
}
