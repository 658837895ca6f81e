// After `..base` took its `String`, `base` cannot be passed on whole.
struct Config {
    name: String,
    level: u8,
}

fn show(c: Config) {
    println!("{} {}", c.name, c.level);
}

fn main() {
    let base = Config { name: String::from("base"), level: 1 };
    let other = Config { level: 2, ..base };
    show(other);
    show(base);
}
