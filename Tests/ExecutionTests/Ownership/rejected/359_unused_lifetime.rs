struct Counter<'a> {
    count: u32,
}

fn main() {
    let c = Counter { count: 1 };
    println!("{}", c.count);
}
