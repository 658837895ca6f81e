use std::ops::Deref;

struct Meters(f64);

impl Deref for Meters {
    type Target = f64;
    fn deref(&self) -> &f64 {
        &self.0
    }
}

struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn new() -> Stack {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, x: i32) {
        self.items.push(x);
    }
}

impl Deref for Stack {
    type Target = Vec<i32>;
    fn deref(&self) -> &Vec<i32> {
        &self.items
    }
}

fn largest(values: &[i32]) -> i32 {
    let mut best = values[0];
    for &v in values {
        if v > best {
            best = v;
        }
    }
    best
}

fn main() {
    let run = Meters(42.195);
    let doubled = *run * 2.0;
    println!("marathon: {} m, twice: {:.2}", *run, doubled);
    println!("rounded: {}", run.round());
    println!("sqrt: {:.3}", run.sqrt());

    let mut s = Stack::new();
    s.push(3);
    s.push(9);
    s.push(4);
    println!("stack has {} items, top is {:?}", s.len(), s.last());
    println!("largest: {}", largest(&s));
    println!("contains 9? {}", s.contains(&9));
    println!("second: {}", s[1]);
    for item in s.iter() {
        print!("{} ", item);
    }
    println!();
}
