// `..base` moves the fields it takes: `base.name` is gone, `base.level` was only copied.
#[derive(Debug)]
struct Config {
    name: String,
    level: u8,
}

fn main() {
    let base = Config { name: String::from("base"), level: 1 };
    let other = Config { level: 2, ..base };
    println!("{} {}", other.name, base.level);
    println!("{}", base.name);
}
