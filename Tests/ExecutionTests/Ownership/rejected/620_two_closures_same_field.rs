// Two closures that both change the same field: two `&mut` borrows of `c.count`.
struct Counter {
    count: u32,
    label: String,
}

fn main() {
    let mut c = Counter { count: 0, label: String::from("clicks") };
    let mut up = || c.count += 1;
    let mut down = || c.count -= 1;
    up();
    down();
    println!("{}: {}", c.label, c.count);
}
